import type { ContentStrings } from '../types.js';
import { esUi } from './es-ui.js';

// Plain Spanish for readers in Spain and Latin America: usted, short sentences, everyday words.
const yesNoNotSure = { no: 'No', yes: 'Sí', 'not-sure': 'No lo sé' } as const;
export const emergencyNow = 'Llame a su número de emergencias o vaya ahora a urgencias.';
export const seeDoctorToday = 'Vaya al médico hoy o en las próximas 24 horas.';

/** Shared by every exercise: stop rules from NHS leaflets, said kindly. */
const stopRules = [
  'Pare si el dolor baja por la pierna, o si empieza a notar la pierna dormida o con hormigueo.',
  'Es normal notar algo de molestia al principio: doler no es lo mismo que hacerse daño. Pare si el dolor es agudo o va a más.',
];

// Each section is its own constant so a bundle with one element carries only the text it shows.
export const esQuestions: ContentStrings['questions'] = {
  'bladder-bowel': {
    text: 'Desde que empezó el dolor de espalda, ¿tiene algún problema nuevo al orinar o al defecar?',
    hint: 'Por ejemplo: le cuesta empezar o parar de orinar, no nota cuándo tiene la vejiga llena, o se le escapan la orina o las heces sin querer.',
    why: 'Estos problemas, junto con dolor de espalda, pueden indicar que algo presiona los nervios de la base de la columna. Si le pasa esto, llame ahora a su número de emergencias.',
    options: yesNoNotSure,
  },
  'saddle-numbness': {
    text: '¿Nota por primera vez hormigueo o la piel dormida entre las piernas o alrededor del ano?',
    hint: 'Esto incluye los genitales. Por ejemplo, nota algo raro al limpiarse después de ir al baño. O siente menos en las relaciones sexuales.',
    why: 'Sentir menos en esta zona puede indicar que algo presiona los nervios de la base de la columna. Si le pasa esto, llame ahora a su número de emergencias.',
    options: yesNoNotSure,
  },
  'leg-nerve-symptoms': {
    text: '¿Tiene las piernas débiles, dormidas o con hormigueo?',
    why: 'Si esto es nuevo o va a peor, puede ser que algo presione un nervio. Un médico lo debe mirar.',
    options: {
      none: 'No',
      'long-standing': 'Sí, en una pierna, pero lo tengo desde hace mucho y no ha cambiado',
      'new-one-leg': 'Sí, en una pierna, y es nuevo o va a peor',
      'new-both-legs': 'Sí, en las dos piernas, y empezó en las últimas 2 semanas o va a peor',
      'both-legs-weeks': 'Sí, en las dos piernas, desde hace más de 2 semanas, y no va a peor',
      'not-sure': 'No lo sé',
    },
  },
  'both-legs-pain': {
    text: 'En las últimas 2 semanas, ¿le ha empezado un dolor fuerte o como una descarga en las dos piernas?',
    hint: 'Por ejemplo, un dolor que baja de la espalda por las dos piernas. Si solo le duele una pierna, no cuenta.',
    why: 'Un dolor nuevo en las dos piernas puede indicar que algo presiona los nervios de la base de la columna. Si le pasa esto, llame ahora a su número de emergencias.',
    options: yesNoNotSure,
  },
  'foot-drop': {
    text: 'Al caminar, ¿uno de sus pies cae de golpe o tropieza con el suelo?',
    hint: 'Esto puede pasar cuando cuesta levantar la punta del pie.',
    why: 'Si cuesta levantar la punta del pie, puede ser que algo presione un nervio.',
    options: yesNoNotSure,
    sign: 'Un pie que cae de golpe o tropieza con el suelo al caminar',
  },
  fever: {
    text: '¿Tiene fiebre o escalofríos, o se siente mal en general?',
    why: 'Dolor de espalda con fiebre puede ser, muy pocas veces, señal de una infección.',
    options: yesNoNotSure,
    sign: 'Fiebre o escalofríos, o sentirse mal en general',
  },
  'infection-risk': {
    text: '¿Se inyecta drogas ahora? ¿O tiene las defensas bajas, o una infección o un tratamiento en la espalda hace poco?',
    hint: 'Las defensas bajas pueden venir de una medicina o una enfermedad. Hace poco quiere decir en las últimas semanas: una infección, o una operación o una inyección en la espalda.',
    why: 'Estas cosas hacen más probable una infección en la columna.',
    options: { no: 'Ninguna', yes: 'Sí, una o más', 'not-sure': 'No lo sé' },
    sign: 'Inyectarse drogas ahora. O tener las defensas bajas. O una infección, una operación o una inyección en la espalda hace poco.',
  },
  'past-drug-injection': {
    text: '¿Se ha inyectado drogas en el pasado?',
    why: 'Haberse inyectado drogas en el pasado hace algo más probable una infección en la columna.',
    options: yesNoNotSure,
    sign: 'Haberse inyectado drogas en el pasado',
  },
  'cancer-history': {
    text: '¿Ha tenido cáncer alguna vez?',
    why: 'Muy pocas veces, el dolor de espalda viene de un cáncer que se ha extendido. Saber qué enfermedades ha tenido nos ayuda a valorarlo.',
    options: yesNoNotSure,
    sign: 'Cáncer, ahora o en el pasado',
  },
  'weight-loss': {
    text: '¿Ha perdido peso en los últimos meses sin querer?',
    why: 'Perder peso sin saber por qué merece una revisión, sobre todo si hay otras señales.',
    options: yesNoNotSure,
    sign: 'Perder peso en los últimos meses sin intentarlo',
  },
  'night-pain': {
    text: '¿Tiene dolor de noche o en reposo que no se calma, ni siquiera al cambiar de postura?',
    why: 'Casi todo dolor de espalda se calma con reposo. El dolor que no se calma en reposo se debe mirar.',
    options: yesNoNotSure,
    sign: 'Dolor por la noche o en reposo que no se calma, aunque cambie de postura',
  },
  age: {
    text: '¿Cuántos años tiene?',
    why: 'La edad sola no es una señal de alarma. Pero junto con otras señales, puede cambiar cuándo le debe ver un médico.',
    options: {
      'under-20': 'Menos de 20',
      '20-to-49': 'De 20 a 49',
      '50-to-59': 'De 50 a 59',
      '60-or-over': '60 o más',
    },
  },
  'pain-start': {
    text: '¿Cuándo empezó este dolor de espalda?',
    why: 'A algunas edades, los médicos miran con más cuidado un dolor de espalda nuevo. El tiempo que lleva con él también cambia los cuidados que le convienen.',
    options: {
      'new-recent': 'En las últimas 6 semanas, y nunca había tenido un dolor de espalda así',
      'new-months': 'Hace más de 6 semanas, y fue mi primer dolor de espalda así',
      returning: 'Ha vuelto: ya había tenido un dolor de espalda así antes',
      'long-standing': 'Lo tengo desde hace muchos meses o años',
      'not-sure': 'No lo sé',
    },
  },
  injury: {
    text: '¿Empezó el dolor de espalda después de un golpe o una caída?',
    why: 'Una caída o un golpe a veces rompe un hueso de la columna.',
    options: {
      'major-trauma': 'Sí, un accidente grave, como un accidente de tráfico o una caída desde lo alto',
      'significant-fall': 'Sí, una caída fuerte',
      'minor-injury': 'Sí, un golpe, un giro o un tirón pequeño',
      none: 'No',
    },
  },
  'bone-risk': {
    text: '¿Tiene los huesos débiles, o ha tomado pastillas de corticoides durante mucho tiempo?',
    hint: 'Tener los huesos débiles también se llama osteoporosis. Un corticoide en pastillas es, por ejemplo, la prednisona.',
    why: 'Los huesos débiles se pueden romper incluso con un golpe pequeño.',
    options: yesNoNotSure,
    sign: 'Huesos finos o débiles, o tomar pastillas de corticoides mucho tiempo',
  },
  'pain-course': {
    text: '¿Cómo ha estado su dolor de espalda en las últimas semanas?',
    why: 'Un médico debe mirar el dolor que no se calma con reposo y cuidados en casa, o que va a peor.',
    options: {
      easing: 'Va mejorando',
      'about-the-same': 'Más o menos igual',
      'comes-and-goes': 'Va y viene',
      'not-easing': 'No mejora, ni con reposo ni con cuidados en casa',
      'getting-worse': 'Va a peor',
    },
  },
  'legs-involved': {
    text: 'Al caminar, ¿el dolor baja a las piernas, o nota en ellas calambres, hormigueo o la piel dormida?',
    why: 'Saber adónde va el dolor ayuda a distinguir entre un problema de nervios, de riego de sangre o de músculos.',
    options: { none: 'No, se queda en la espalda', 'one-leg': 'Sí, en una pierna', 'both-legs': 'Sí, en las dos piernas' },
  },
  'leg-location': {
    text: '¿En qué parte de la pierna lo nota más?',
    why: 'El dolor por encima de la rodilla y el dolor en la pantorrilla suelen tener causas distintas.',
    options: {
      'buttock-or-thigh': 'En la nalga o el muslo, por encima de la rodilla',
      'below-knee': 'Por debajo de la rodilla, hasta el pie',
      'calf-cramp': 'En la pantorrilla, a menudo como un calambre',
      'not-sure': 'No lo sé',
    },
  },
  'leg-feeling': {
    text: '¿Qué siente en la pierna?',
    why: 'Un dolor agudo y que quema por una pierna suele venir de un nervio presionado e irritado.',
    options: {
      'sharp-burning-tingling': 'Dolor agudo, ardor u hormigueo',
      cramping: 'Calambres',
      'heavy-tired': 'Pesadez o cansancio',
      'not-sure': 'No lo sé',
    },
  },
  'standing-brings-on': {
    text: '¿Le vienen las molestias de las piernas solo con estar de pie, sin caminar?',
    why: 'Si estar de pie nunca las provoca, es mucho menos probable que haya poco sitio para los nervios en la columna.',
    options: { yes: 'Sí', no: 'No, solo al caminar', 'not-sure': 'No lo sé' },
    sign: 'Estar de pie quieto, sin caminar, puede provocar las molestias en las piernas',
  },
  'what-eases': {
    text: 'Cuando le duelen las piernas al caminar, ¿qué le alivia?',
    why: 'Si se calma al sentarse, apunta a la columna. Si se calma solo con parar de pie, apunta al riego de sangre de las piernas.',
    options: {
      'sitting-or-bending': 'Sentarme o echarme hacia delante',
      'standing-still': 'Dejar de caminar y quedarme de pie sin moverme',
      nothing: 'Nada parece ayudar',
      'not-sure': 'No lo sé',
    },
  },
  'shopping-cart': {
    text: '¿Camina mejor cuando se apoya hacia delante en algo, como un carrito del súper?',
    why: 'Echarse hacia delante deja más sitio a los nervios de la parte baja de la espalda.',
    options: { yes: 'Sí', no: 'No', 'not-sure': 'No lo sé' },
    sign: 'Camina mejor si se apoya hacia delante en algo, como un carro de la compra',
  },
  'circulation-risk': {
    text: '¿Fuma, tiene diabetes o tiene mal riego de sangre en las piernas?',
    why: 'Estas cosas hacen más probable que el dolor de piernas al caminar venga del riego de sangre y no de la espalda.',
    options: { yes: 'Sí', no: 'No', 'not-sure': 'No lo sé' },
    sign: 'Fuma, o tiene diabetes o mal riego de sangre en las piernas',
  },
  'walk-onset': {
    text: '¿Cómo le empieza el dolor al caminar?',
    why: 'Un dolor que empieza siempre tras la misma distancia puede ser señal de mal riego de sangre. Un dolor sordo que va subiendo suele venir de músculos cansados.',
    options: {
      'builds-gradually': 'Poco a poco, como un dolor sordo que va a más',
      'same-distance': 'Más o menos tras la misma distancia cada vez',
      'first-steps': 'Enseguida, desde los primeros pasos',
      'not-sure': 'No lo sé',
    },
  },
  'load-worse': {
    text: '¿Cuál de estas cosas le empeora el dolor?',
    why: 'El dolor que empeora al cargar peso puede venir del desgaste de los discos. El dolor tras muchas horas de pie puede venir de los zapatos, la postura o músculos cansados.',
    options: {
      carrying: 'Levantar o llevar algo pesado',
      'on-feet': 'Pasar mucho rato de pie',
      both: 'Las dos cosas',
      neither: 'Ninguna de las dos',
      'not-sure': 'No lo sé',
    },
  },
  'sitting-most-of-day': {
    text: '¿Pasa sentado o sentada casi todo el día?',
    why: 'Pasar muchas horas en una silla puede acortar los músculos de la parte de delante de la cadera.',
    options: { yes: 'Sí', no: 'No' },
  },
  'hip-tightness': {
    text: '¿Nota tensos los músculos de la parte de delante de las caderas?',
    hint: 'Por ejemplo, le cuesta ponerse recto o recta después de estar mucho rato en una silla.',
    why: 'Los músculos de la cadera tensos pueden inclinar la pelvis hacia delante y cargar la parte baja de la espalda.',
    options: { yes: 'Sí', no: 'No', 'not-sure': 'No lo sé' },
  },
  'hamstring-tightness': {
    text: '¿Nota tirantez en la parte de atrás de los muslos?',
    hint: 'Por ejemplo, le cuesta llegar más abajo de las rodillas con las piernas rectas.',
    why: 'Los músculos tensos de la parte de atrás del muslo pueden hacer que cada paso sea menos suave.',
    options: { yes: 'Sí', no: 'No', 'not-sure': 'No lo sé' },
  },
  'core-exercise': {
    text: '¿Cada cuánto hace ejercicio para los músculos profundos de la barriga y la espalda?',
    hint: 'Son los músculos que sujetan la columna desde dentro.',
    why: 'Cuando los músculos profundos están débiles, los músculos grandes de la espalda hacen todo el trabajo y se cansan.',
    options: {
      rarely: 'Menos de 1 vez por semana, o nunca',
      sometimes: 'Más o menos 1 vez por semana',
      regularly: '2 o más veces por semana',
    },
  },
  'foot-roll': {
    text: '¿Pisa hacia dentro o hacia fuera al caminar?',
    hint: 'Sus zapatos se lo dicen. Se gastan por el lado de dentro si pisa hacia dentro, y por el lado de fuera si pisa hacia fuera.',
    why: 'La forma en que pisa puede girar las piernas y las caderas y cargar la parte baja de la espalda.',
    options: {
      'roll-in': 'Hacia dentro',
      'roll-out': 'Hacia fuera',
      no: 'No',
      'not-sure': 'No lo sé',
    },
  },
  'walking-posture': {
    text: '¿Cómo suele estar de pie y caminar?',
    why: 'Inclinarse hacia delante, o tener mucha curva en la espalda, puede hacer que los músculos de la espalda trabajen más para sostenerle.',
    options: {
      'lean-forward': 'Me inclino hacia delante',
      'hips-tipped': 'La cadera se me va hacia delante y la parte baja de la espalda se curva mucho',
      upright: 'Con la espalda bastante recta',
      'not-sure': 'No lo sé',
    },
  },
  shoes: {
    text: '¿Cómo son los zapatos que más usa para caminar?',
    why: 'Los zapatos cambian cuánto golpe llega a su espalda en cada paso.',
    options: {
      'worn-out': 'Gastados, con poca amortiguación',
      'no-arch-support': 'Planos, sin apoyo para el arco del pie',
      'high-heels': 'De tacón alto',
      supportive: 'Con buena amortiguación y buen apoyo',
      'not-sure': 'No lo sé',
    },
  },
};

export const esUrgency: ContentStrings['urgency'] = {
  emergency: {
    headline: 'Pida ayuda de emergencia ahora',
    whatToDo: `${emergencyNow} No espere a ver si mejora.`,
    howSoon: 'Ahora',
  },
  urgent: {
    headline: 'Vaya al médico hoy',
    whatToDo: 'Llame hoy a su médico. Si no le dan cita, busque hoy mismo atención en un centro de salud o una clínica.',
    howSoon: 'Hoy, o en las próximas 24 horas',
  },
  routine: {
    headline: 'Pida una cita',
    whatToDo: 'Pida cita con un médico o un fisioterapeuta. Mientras tanto, los cuidados de abajo le pueden ayudar.',
    howSoon: 'En 1 o 2 semanas',
  },
  'self-care': {
    headline: 'Puede cuidarse en casa',
    whatToDo: 'Pruebe los cuidados y los ejercicios de abajo. Casi todo dolor de espalda mejora en unas semanas o meses.',
    howSoon: 'Empiece hoy. Pida ayuda si algo cambia.',
  },
};

export const esRedFlags: ContentStrings['redFlags'] = {
  'bladder-bowel-change': {
    sign: 'Problemas nuevos al orinar o al defecar. Por ejemplo, le cuesta orinar, no nota la vejiga llena, o se le escapa.',
    advice: `Algo puede estar presionando los nervios de la base de la columna. Esto se llama síndrome de la cola de caballo. ${emergencyNow}`,
  },
  'bladder-bowel-unsure': {
    sign: 'Tiene dudas sobre cambios al orinar o al defecar.',
    advice: `Vaya al médico hoy para que lo mire. Si nota un problema nuevo al orinar o al defecar, no espere. ${emergencyNow}`,
  },
  'saddle-numbness': {
    sign: 'Hormigueo o piel dormida entre las piernas o alrededor del ano, por primera vez.',
    advice: `Algo puede estar presionando los nervios de la base de la columna. ${emergencyNow}`,
  },
  'saddle-numbness-unsure': {
    sign: 'Duda si tiene dormida la zona entre las piernas o del ano.',
    advice: `Vaya al médico hoy para que lo mire. Si nota la zona dormida, o si se extiende, no espere. ${emergencyNow}`,
  },
  'new-both-legs': {
    sign: 'Debilidad, hormigueo o piernas dormidas en las dos piernas, que empezaron en las últimas 2 semanas o van a peor.',
    advice: `Algo puede estar presionando los nervios de la base de la columna. ${emergencyNow}`,
  },
  'both-legs-weeks': {
    sign: 'Debilidad, hormigueo o piernas dormidas en las dos piernas desde hace más de 2 semanas.',
    advice: `Algo puede estar presionando los nervios de la base de la columna. ${seeDoctorToday} Si va a peor, no espere. ${emergencyNow}`,
  },
  'both-legs-pain': {
    sign: 'Un dolor fuerte o como una descarga que empezó en las dos piernas en las últimas 2 semanas.',
    advice: `Algo puede estar presionando los nervios de la base de la columna. ${emergencyNow}`,
  },
  'both-legs-pain-unsure': {
    sign: 'Duda si le ha empezado un dolor nuevo en las dos piernas.',
    advice: `Vaya al médico hoy para que lo mire. Si le empieza un dolor fuerte en las dos piernas, no espere. ${emergencyNow}`,
  },
  'new-leg-nerve-symptoms': {
    sign: 'Debilidad, hormigueo o piel dormida en una pierna, nuevos o que van a peor.',
    advice: `Algo puede estar presionando un nervio. ${seeDoctorToday}`,
  },
  'leg-nerve-symptoms-unsure': {
    sign: 'Duda si tiene las piernas débiles, dormidas o con hormigueo.',
    advice: `Vaya al médico hoy para que le mire las piernas. Si las dos piernas se quedan débiles o dormidas, no espere. ${emergencyNow}`,
  },
  'foot-drop': {
    sign: 'Un pie que cae de golpe o tropieza con el suelo al caminar. Esto se llama pie caído.',
    advice: `Algo puede estar presionando un nervio. ${seeDoctorToday}`,
  },
  'foot-drop-unsure': {
    sign: 'No sabe si un pie cae de golpe o tropieza al caminar.',
    advice: 'Pida cita para que un médico le revise los nervios de las piernas. Si un pie o una pierna se le debilita, vaya al médico hoy.',
  },
  fever: {
    sign: 'Fiebre o escalofríos, o sentirse mal, con dolor de espalda.',
    advice: `Muy pocas veces, esto es una infección. ${seeDoctorToday}`,
  },
  'fever-unsure': {
    sign: 'No sabe si tiene fiebre o si se siente mal.',
    advice: 'Pida cita para que un médico descarte una infección. Si tiene fiebre o escalofríos, vaya al médico hoy.',
  },
  'infection-risk': {
    sign: 'Inyectarse drogas ahora. O tener las defensas bajas, o una infección o un tratamiento en la espalda hace poco.',
    advice: `Estas cosas hacen más probable una infección en la columna. ${seeDoctorToday}`,
  },
  'past-drug-injection': {
    sign: 'Haberse inyectado drogas en el pasado.',
    advice: 'Pida cita con su médico. Si también tiene otras señales de alarma, vaya al médico hoy.',
  },
  'past-drug-injection-unsure': {
    sign: 'Duda si contar que se inyectó drogas en el pasado.',
    advice: 'Pida cita y cuente al médico lo que no sabe, para que descarte una infección.',
  },
  'infection-risk-unsure': {
    sign: 'No sabe si algo le hace más probable una infección.',
    advice: 'Pida cita y cuente al médico lo que no sabe, para que descarte una infección.',
  },
  'cancer-history': {
    sign: 'Haber tenido cáncer en el pasado.',
    advice: `Un médico debe mirar un dolor de espalda nuevo después de un cáncer. ${seeDoctorToday}`,
  },
  'cancer-history-unsure': {
    sign: 'No sabe si ha tenido cáncer.',
    advice: 'Pida cita para que un médico revise su historia de salud y su espalda.',
  },
  'weight-loss': {
    sign: 'Perder peso sin querer.',
    advice: 'Pida cita con su médico. Si también tiene otras señales de alarma, vaya al médico hoy.',
  },
  'weight-loss-over-60': {
    sign: 'Perder peso sin querer, con 60 años o más.',
    advice: `Con 60 años o más, el dolor de espalda con pérdida de peso se debe mirar pronto. ${seeDoctorToday}`,
  },
  'weight-loss-unsure': {
    sign: 'No sabe si ha perdido peso sin querer.',
    advice: 'Pida cita. Un médico le puede pesar y buscar la causa.',
  },
  'night-pain': {
    sign: 'Dolor de noche o en reposo que no se calma.',
    advice: 'Pida cita con su médico. Si también tiene otras señales de alarma, vaya al médico hoy.',
  },
  'night-pain-unsure': {
    sign: 'No sabe si el dolor se calma de noche o en reposo.',
    advice: 'Pida cita para que un médico vea por qué el dolor no se calma.',
  },
  'age-under-20': {
    sign: 'Tiene menos de 20 años y su dolor de espalda es nuevo. También tiene otra señal de alarma.',
    advice: 'La edad sola no es una señal de alarma. Junto con otra señal, vaya al médico hoy.',
  },
  'age-over-50': {
    sign: 'Tiene 50 años o más y su dolor de espalda es nuevo. También tiene otra señal de alarma.',
    advice: 'La edad sola no es una señal de alarma. Junto con otra señal, vaya al médico hoy.',
  },
  'major-trauma': {
    sign: 'Un accidente grave, como un accidente de tráfico o una caída desde lo alto.',
    advice: `Puede haber un hueso roto en la columna. ${emergencyNow}`,
  },
  'significant-fall': {
    sign: 'Una caída fuerte.',
    advice: `Puede haber un hueso dañado en la columna. ${seeDoctorToday}`,
  },
  'minor-injury-weak-bones': {
    sign: 'Un golpe o un tirón pequeño cuando tiene los huesos débiles o toma corticoides en pastillas.',
    advice: `Los huesos débiles se pueden romper con un golpe pequeño. ${seeDoctorToday}`,
  },
  'minor-injury-bone-risk-unsure': {
    sign: 'Un golpe o un tirón pequeño, y no sabe si tiene los huesos débiles.',
    advice: 'Pida cita para que un médico descarte un hueso roto. Si el dolor es fuerte o va a peor, vaya al médico hoy.',
  },
  'pain-not-easing': {
    sign: 'Dolor que no se calma con reposo ni con cuidados en casa, o que va a peor con el tiempo.',
    advice: 'Pida cita con un médico o un fisioterapeuta. Si también tiene otras señales de alarma, vaya al médico hoy.',
  },
  'pain-persisting': {
    sign: 'Dolor que empezó hace más de 6 semanas y no mejora.',
    advice: 'Pida cita con un médico o un fisioterapeuta. Si también tiene otras señales de alarma, vaya al médico hoy.',
  },
};

export const esFactors: ContentStrings['factors'] = {
  'weak-core': {
    name: 'Músculos profundos débiles',
    whatItIs:
      'Los músculos profundos son los de dentro de la barriga y la espalda. Sujetan la columna. Los médicos los llaman transverso del abdomen y multífido. Si están débiles, los músculos grandes de la espalda trabajan de más para suplirlos.',
    howItFeels: 'Un dolor sordo que va a más durante el paseo, a medida que se cansan los músculos de la espalda.',
    whatHelps: 'Ejercicios para los músculos profundos, como el perro de caza y la plancha, un poco cada día.',
    whenToSeeClinician: '¿Sigue el dolor tras unas semanas de ejercicio? Entonces vaya a un fisioterapeuta.',
  },
  'tight-hip-flexors': {
    name: 'Músculos tensos en la parte de delante de la cadera',
    whatItIs:
      'Los flexores de la cadera son los músculos de la parte de delante de la cadera. Pasar muchas horas en una silla los puede acortar. Entonces pueden inclinar la pelvis hacia delante y aumentar la curva de la parte baja de la espalda. Esta curva tan marcada se llama hiperlordosis.',
    howItFeels: 'Dolor en la parte baja de la espalda a cada paso, a menudo con mucha curva en la espalda.',
    whatHelps: 'El estiramiento de cadera y la báscula de pelvis. Si pasa mucho rato en una silla, levántese y muévase a menudo.',
    whenToSeeClinician: 'Vaya a un fisioterapeuta si los estiramientos no le sirven en unas semanas.',
  },
  'tight-hamstrings': {
    name: 'Músculos tensos en la parte de atrás del muslo',
    whatItIs:
      'Los isquiotibiales son los músculos de la parte de atrás del muslo. Si están tensos, sus pasos son menos suaves y la parte baja de la espalda carga más.',
    howItFeels: 'Muslos tensos y la parte baja de la espalda rígida y dolorida, sobre todo en paseos largos.',
    whatHelps: 'Un estiramiento suave de la parte de atrás del muslo cada día.',
    whenToSeeClinician: 'Vaya a un fisioterapeuta si el estiramiento no le sirve en unas semanas.',
  },
  'spinal-stenosis': {
    name: 'Poco sitio para los nervios en la columna',
    whatItIs:
      'La estenosis lumbar quiere decir que el hueco para los nervios en la parte baja de la espalda se ha estrechado. Al estar de pie con la espalda recta y al caminar, el hueco se hace más pequeño y presiona los nervios. Es más común en personas mayores.',
    howItFeels:
      'Dolor, piernas dormidas o pesadas, o calambres en la espalda, las nalgas o las piernas al estar de pie o caminar. Se pasa rápido al sentarse o al echarse hacia delante, por ejemplo sobre un carrito del súper.',
    whatHelps:
      'Estiramientos suaves que le doblan hacia delante, como llevar la rodilla al pecho, y caminar a ratos con descansos. Apoyarse en un carrito o en un bastón puede ayudarle a caminar más.',
    whenToSeeClinician:
      `Hable de ello con un médico o un fisioterapeuta. El médico decidirá si hace falta una prueba de imagen. Si se le debilitan las piernas o cambia su forma de orinar o de defecar, no espere. ${emergencyNow}`,
  },
  sciatica: {
    name: 'Ciática',
    whatItIs:
      'La ciática es un dolor que baja por la pierna desde la parte baja de la espalda. Pasa cuando algo presiona o irrita un nervio. La causa suele ser un disco que sobresale (una hernia) o un pequeño crecimiento de hueso.',
    howItFeels:
      'Dolor agudo, ardor u hormigueo desde la nalga hacia abajo por una pierna, a menudo por debajo de la rodilla. Caminar lo puede empeorar.',
    whatHelps:
      'Siga moviéndose con suavidad. Llevar la rodilla al pecho y la báscula de pelvis pueden aliviarlo, y el calor puede ayudar.',
    whenToSeeClinician:
      'Vaya al médico si no mejora en unas semanas. Vaya hoy si la pierna se le queda débil o dormida.',
  },
  'degenerative-disc': {
    name: 'Desgaste de los discos de la columna',
    whatItIs:
      'Los discos son unas almohadillas blandas entre los huesos de la columna. Con la edad pierden altura y agua poco a poco, y una parte de la columna puede quedar menos firme. Los médicos lo llaman discopatía degenerativa. Es común y a menudo no duele.',
    howItFeels:
      'Un dolor de espalda que empeora con peso, como al llevar bolsas o al estar mucho rato de pie o caminando.',
    whatHelps: 'Haga ejercicios suaves para los músculos profundos. Camine a ratos y descanse. Use zapatos que amortigüen bien.',
    whenToSeeClinician:
      'Vaya a un médico o a un fisioterapeuta si el dolor no se calma. El médico decidirá si hace falta una prueba de imagen. La mayoría de las personas no la necesitan.',
  },
  gait: {
    name: 'Su forma de caminar',
    whatItIs:
      'Cada persona tiene su forma de caminar, o su marcha. Puede que pise demasiado hacia dentro (pronación excesiva) o hacia fuera (supinación). Entonces las piernas y la cadera pueden girar un poco a cada paso, y ese giro puede cargar la parte baja de la espalda.',
    howItFeels: 'Un dolor que va a más durante el paseo, y zapatos que se gastan por un lado.',
    whatHelps: 'Estire la cadera y haga ejercicios para los músculos profundos. Use zapatos cómodos que sujeten bien.',
    whenToSeeClinician: 'Un fisioterapeuta puede mirar cómo camina. Le puede sugerir cambios que ayuden.',
  },
  'walking-posture': {
    name: 'Su postura al caminar',
    whatItIs:
      'Si camina inclinándose hacia delante, o con la cadera muy inclinada hacia delante, su punto de equilibrio se mueve. Entonces los músculos de la espalda tienen que trabajar más para sostenerle.',
    howItFeels: 'La parte baja de la espalda cansada y dolorida, y peor cuanto más camina.',
    whatHelps: 'Caminar con la espalda recta, la báscula de pelvis y la plancha.',
    whenToSeeClinician: 'Si el dolor sigue, un fisioterapeuta puede revisar su postura.',
  },
  footwear: {
    name: 'Sus zapatos',
    whatItIs:
      'Los zapatos gastados pierden la amortiguación, y más golpe de cada paso puede llegar a la espalda. Los zapatos sin apoyo para el arco del pie, o los de tacón alto, también pueden alterar el equilibrio.',
    howItFeels: 'Dolor después de caminar, que puede ser peor con zapatos viejos o planos.',
    whatHelps: 'Zapatos con buena amortiguación y de su talla. Hacen que caminar sea más cómodo, pero solos no curan.',
    whenToSeeClinician: 'Vaya a un médico o a un fisioterapeuta si el dolor sigue tras cambiar de zapatos.',
  },
  'leg-circulation': {
    name: 'Riego de sangre en las piernas',
    whatItIs:
      'Si las arterias de las piernas se estrechan, puede doler al caminar. Parece un problema de espalda, pero es un problema de riego de sangre. Los médicos lo llaman claudicación vascular.',
    howItFeels:
      'Un calambre en la pantorrilla que llega tras más o menos la misma distancia cada vez. Se pasa al quedarse de pie sin moverse unos minutos, sin tener que sentarse.',
    whatHelps:
      'Primero, un médico debe revisar su riego de sangre. Caminar como ejercicio, a menudo en un grupo con un monitor, es el tratamiento principal. Si fuma, dejarlo mejora el riego de sangre.',
    whenToSeeClinician: `Pida cita con su médico para que le revise el riego de sangre de las piernas. Si una pierna se pone fría, pálida o dormida, no espere. ${emergencyNow}`,
  },
};

export const esExercises: ContentStrings['exercises'] = {
  'knee-to-chest': {
    name: 'Rodilla al pecho',
    helps: 'Estira con suavidad la parte baja de la espalda y puede aflojar los músculos tensos.',
    illustrationAlt:
      'Dos dibujos. Primero, una persona está acostada boca arriba con las rodillas dobladas y los pies apoyados. Después, lleva una rodilla al pecho con las dos manos. El otro pie sigue en el suelo.',
    startPosition: 'Acuéstese boca arriba en el suelo o en una cama firme, con las rodillas dobladas y los pies apoyados.',
    steps: [
      'Sujete una rodilla con las dos manos.',
      'Llévela con suavidad hacia el pecho hasta notar que se estira la parte baja de la espalda.',
      '{hold} Respire despacio.',
      'Baje la pierna y cambie de lado.',
    ],
    easier: 'Pase una toalla por detrás del muslo y tire de la toalla.',
    harder: 'Lleve las dos rodillas al pecho a la vez.',
    cautions: [
      'Deje la cabeza y los hombros sueltos en el suelo.',
      'No tire fuerte. Llegue solo hasta donde no le moleste.',
    ],
    sides: ['Rodilla derecha', 'Rodilla izquierda'],
    stopRules,
  },
  'pelvic-tilt': {
    name: 'Báscula de pelvis',
    helps: 'Activa los músculos profundos de la barriga y afloja la parte baja de la espalda.',
    illustrationAlt:
      'Dos dibujos de una persona acostada boca arriba con las rodillas dobladas y los pies apoyados. Primero, hay un pequeño hueco bajo la parte baja de la espalda. Después, la cadera se inclina un poco y la espalda se apoya plana en el suelo.',
    startPosition: 'Acuéstese boca arriba con las rodillas dobladas, los pies apoyados y los brazos a los lados.',
    steps: [
      'Apriete los músculos de la barriga.',
      'Apriete con suavidad la parte baja de la espalda contra el suelo, para que la cadera suba un poco.',
      '{hold} Respire despacio.',
      'Suelte y deje que la espalda vuelva a su curva normal.',
    ],
    easier: 'Hágalo de pie, con la espalda contra una pared.',
    harder: 'Quédese así cada vez más rato, hasta 10 segundos.',
    cautions: ['Siga respirando. No contenga la respiración.'],
    stopRules,
  },
  'bird-dog': {
    name: 'Perro de caza',
    helps: 'Entrena los músculos profundos que sujetan la columna al caminar.',
    illustrationAlt:
      'Dos dibujos. Primero, una persona está a cuatro patas con la espalda recta. Después, estira un brazo hacia delante y la pierna contraria hacia atrás, en línea con la espalda.',
    startPosition:
      'Póngase a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera. Mantenga la espalda plana.',
    steps: [
      'Apriete un poco los músculos de la barriga.',
      'Estire despacio un brazo hacia delante y la pierna del otro lado hacia atrás, hasta que queden en línea con el cuerpo.',
      '{hold} No deje que la espalda se hunda o se gire.',
      'Vuelva despacio y cambie de lado.',
    ],
    easier: 'Deje las dos manos en el suelo y mueva solo una pierna cada vez.',
    harder: 'Quédese así hasta 10 segundos, o dibuje un cuadrado pequeño en el aire con la mano y el pie.',
    cautions: [
      'Mire al suelo, así el cuello queda en línea con la espalda.',
      'Ponga un cojín bajo las rodillas si le duelen.',
    ],
    sides: ['Brazo derecho y pierna izquierda', 'Brazo izquierdo y pierna derecha'],
    stopRules,
  },
  plank: {
    name: 'Plancha',
    helps: 'Da fuerza a los músculos profundos de la barriga que sujetan la columna.',
    illustrationAlt:
      'Dos dibujos. Primero, una persona está boca abajo, apoyada en los antebrazos. Después, levanta el cuerpo sobre los antebrazos y las puntas de los pies, en línea recta de la cabeza a los talones.',
    startPosition: 'Acuéstese boca abajo, con los codos bajo los hombros y los antebrazos en el suelo.',
    steps: [
      'Apriete los músculos de la barriga.',
      'Suba el cuerpo sobre los antebrazos y las puntas de los pies, en línea recta de la cabeza a los talones.',
      '{hold} Respire despacio.',
      'Baje con suavidad y descanse.',
    ],
    easier: 'Apóyese en las rodillas, no en los pies. O póngase de pie y apoye los antebrazos en una pared o una mesa.',
    harder: 'Quédese así un poco más cada semana.',
    cautions: ['No deje que la cadera se hunda ni que suba.', 'Siga respirando todo el rato.'],
    stopRules,
  },
  'hip-flexor-stretch': {
    name: 'Estiramiento de cadera',
    helps: 'Estira los músculos tensos de la parte de delante de la cadera, que pueden curvar mucho la parte baja de la espalda.',
    illustrationAlt:
      'Dos dibujos. Primero, una persona apoya una rodilla en el suelo y el otro pie delante, con el cuerpo recto y las manos en la cintura. Después, lleva la cadera hacia delante sin inclinarse, para estirar la parte de delante de la cadera de atrás.',
    startPosition: 'Ponga una rodilla sobre algo blando, con el otro pie apoyado en el suelo delante de usted.',
    steps: [
      'Ponga el cuerpo recto y apriete un poco la barriga.',
      'Lleve la cadera hacia delante con suavidad hasta notar que se estira la parte de delante de la cadera de la pierna de atrás.',
      '{hold} Respire despacio.',
      'Vuelva y cambie de lado.',
    ],
    easier: 'Hágalo de pie: agárrese a una silla, dé un paso largo hacia delante y doble la rodilla de delante.',
    harder: 'Suba por encima de la cabeza el brazo del mismo lado que la pierna de atrás.',
    cautions: ['Mantenga la espalda recta. No se eche hacia atrás.', 'Ponga un cojín bajo la rodilla.'],
    sides: ['Rodilla derecha en el suelo', 'Rodilla izquierda en el suelo'],
    stopRules,
  },
  'hamstring-stretch': {
    name: 'Estiramiento de la parte de atrás del muslo',
    helps: 'Estira los músculos de la parte de atrás del muslo, para que cada paso sea más suave.',
    illustrationAlt:
      'Dos dibujos. Primero, una persona está boca arriba con una rodilla doblada hacia arriba y una toalla alrededor de ese pie. Después, sujeta la toalla y estira esa pierna hacia el techo. El otro pie sigue apoyado en el suelo.',
    startPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados. Sujete una toalla con las dos manos.',
    steps: [
      'Pase la toalla por un pie.',
      'Estire esa pierna hacia el techo hasta notar un estiramiento suave detrás del muslo.',
      '{hold} Respire despacio.',
      'Baje la pierna despacio y cambie de lado.',
    ],
    easier: 'Deje un poco doblada la rodilla de la pierna que sube.',
    harder: 'Quédese así un poco más, o deje la otra pierna recta en el suelo.',
    cautions: ['Este estiramiento puede molestar a un nervio irritado. Vaya con cuidado si le duele la pierna hacia abajo.'],
    sides: ['Pierna derecha', 'Pierna izquierda'],
    stopRules,
  },
};

export const esSelfCare: ContentStrings['selfCare'] = {
  'cold-then-heat': {
    title: 'Primero frío, luego calor',
    body: 'En las primeras 48 horas tras una crisis de dolor, puede poner frío envuelto en una toalla sobre la zona que duele. Después, use una bolsa de calor o un baño caliente para soltar los músculos.',
    note: 'Hay más estudios a favor del calor. Una gran revisión vio que el calor ayuda, y que hay pocos estudios sobre el frío. Use lo que mejor le siente.',
  },
  'heat-for-stiffness': {
    title: 'Calor para un dolor que dura',
    body: 'Una bolsa de calor envuelta en una toalla, o un baño caliente, puede soltar los músculos y quitar rigidez. Mire su piel de vez en cuando para no quemarse.',
    note: 'Para el dolor de espalda, hay más estudios a favor del calor que del frío.',
  },
  'short-rest-keep-moving': {
    title: 'Descanse un poco y siga moviéndose',
    body: 'Un descanso corto está bien cuando el dolor aprieta. Pasar mucho tiempo en la cama hace que la espalda esté más rígida y tarde más en curarse. Siga moviéndose con suavidad, y haga un poco más cada día.',
  },
  'pace-your-walks': {
    title: 'Camine a ratos',
    body: 'Dé paseos más cortos y más a menudo, y descanse antes de que el dolor aumente. Si le ayuda inclinarse hacia delante, un carrito del súper o un bastón le pueden ayudar a caminar más.',
  },
  'walking-for-circulation': {
    title: 'Siga caminando, con un plan de su médico',
    body: 'No deje de caminar. Cuando un médico le haya revisado el riego de sangre, le puede ofrecer un plan de ejercicio de caminar, a menudo en grupo. Caminar un poco más cada vez durante unos meses es lo que más ayuda a las piernas.',
    note: 'Las guías aconsejan caminar como ejercicio, no descansar más, para el dolor de piernas por mal riego de sangre.',
  },
  'posture-tips': {
    title: 'De pie y al caminar, con la espalda recta',
    body: 'Camine con la espalda recta, la cabeza alta y los hombros sueltos. Intente no echarse hacia delante ni curvar mucho la parte baja de la espalda. Si pasa mucho rato en una silla, levántese y muévase a menudo.',
    note: 'Estos consejos son para tener más comodidad y evitar dolores.',
  },
  'footwear-tips': {
    title: 'Zapatos cómodos',
    body: 'Para caminar, use zapatos con buena amortiguación y apoyo para el arco del pie. Cámbielos cuando pierdan la amortiguación, y use tacones altos solo un rato.',
    note: 'Unos buenos zapatos hacen que caminar sea más cómodo y ayudan a evitar dolores. Solos no son un tratamiento. No se aconsejan plantillas especiales para tratar el dolor de espalda.',
  },
};

export const esNotes: ContentStrings['notes'] = {
  'check-circulation':
    'Sus respuestas también encajan con un problema de riego de sangre en las piernas. Un médico debe revisar su riego de sangre, porque se puede confundir con poco sitio para los nervios en la columna.',
};

export const esCautions: ContentStrings['cautions'] = {
  'get-checked-first': 'Espere a que un médico revise su espalda antes de empezar ejercicios para la espalda.',
  'wait-for-circulation-check':
    'Por ahora, nada de ejercicios de espalda. Primero un médico debe revisar el riego de sangre de sus piernas. Caminar con calma está bien.',
  'wait-for-fracture-check':
    'Nada de ejercicios de espalda hasta que un médico descarte un hueso roto. Moverse con calma por casa está bien.',
};

export const esSafetyNet: ContentStrings['safetyNet'] = [
  'Llame enseguida a su número de emergencias si tiene problemas nuevos al orinar o al defecar. Haga lo mismo si nota dormida la zona entre las piernas o del ano, o si se le debilitan las dos piernas.',
  'Vaya al médico hoy si una pierna se le queda débil, dormida o con hormigueo, o si tiene fiebre o se siente mal.',
  'Pida cita si el dolor no mejora tras unas semanas de cuidados en casa, o si va a peor.',
  'Si en algún momento le preocupa algo, pida consejo a un médico.',
];

export const esPages: ContentStrings['pages'] = {
  'other-warning-signs': {
    text: '¿Tiene alguna de estas cosas?',
    hint: 'Responda sí, no o no sé para cada una.',
    why: 'Muy pocas veces, son señales de una infección, un cáncer o un hueso roto que debe revisar un médico. La mayoría de las personas con dolor de espalda no tiene ninguna.',
  },
  'walking-signs': {
    text: '¿Le pasa alguna de estas cosas?',
    hint: 'Responda sí, no o no sé para cada una.',
    why: 'Ayudan a distinguir un estrechamiento del espacio de los nervios en la columna de un mal riego de sangre en las piernas.',
  },
};

/** Complete Spanish text, in the same shape as English. */
export const es: ContentStrings = {
  locale: 'es',
  questions: esQuestions,
  pages: esPages,
  urgency: esUrgency,
  redFlags: esRedFlags,
  factors: esFactors,
  exercises: esExercises,
  selfCare: esSelfCare,
  notes: esNotes,
  cautions: esCautions,
  safetyNet: esSafetyNet,
  ui: esUi,
};
