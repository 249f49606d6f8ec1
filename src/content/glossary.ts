/**
 * One name per thing, in each locale: the words a person reads for each idea,
 * and the other names they must not meet for the same idea. Data only; the
 * terminology test (test/node/wording.test.ts) checks every string of each
 * locale against it. English is UK English (the NHS content style guide):
 * "tummy", "poo", "physiotherapist", "shopping trolley", "towards".
 * Names are matched as whole words, ignoring case.
 */
export interface GlossaryEntry {
  /** What the words name, for the people who edit them. */
  concept: string;
  /** The one name people read, per locale code. */
  name: Readonly<Record<string, string>>;
  /** Other names for the same idea, per locale code, that must not appear. */
  avoid: Readonly<Record<string, readonly string[]>>;
}

export const glossary: readonly GlossaryEntry[] = [
  {
    concept: 'the person who checks you',
    name: { en: 'doctor', es: 'médico' },
    avoid: { en: ['clinician', 'GP', 'physician', 'see someone'], es: ['clínico', 'facultativo'] },
  },
  {
    concept: 'lumbar spinal stenosis, in plain words',
    name: { en: 'narrow space for the nerves', es: 'poco sitio para los nervios' },
    avoid: {
      en: ['narrow spine', 'narrow space in the spine', 'narrowing of the spine'],
      es: ['hueco estrecho en la columna', 'columna estrecha'],
    },
  },
  {
    concept: 'blood supply to the legs',
    name: { en: 'blood flow', es: 'riego de sangre' },
    avoid: { en: ['circulation', 'blood supply'], es: ['circulación'] },
  },
  {
    concept: 'the deep muscles of the tummy and back that hold the spine steady',
    name: { en: 'core muscles', es: 'músculos profundos' },
    avoid: {
      en: ['deep core muscles', 'deep tummy muscles', 'tummy and back muscles'],
      es: ['core', 'ejercicios de barriga y espalda', 'músculos de la barriga y la espalda'],
    },
  },
  {
    concept: 'doing an exercise movement once (a repetition)',
    name: { en: 'repeat', es: 'repetición' },
    avoid: { en: ['round', 'rep', 'reps'], es: ['vuelta'] },
  },
  {
    concept: 'a group of repetitions',
    name: { en: 'set', es: 'serie' },
    avoid: { en: ['block'], es: ['tanda'] },
  },
  {
    concept: 'keeping still in a position for some seconds',
    name: { en: 'hold', es: 'quédese así' },
    avoid: { en: [], es: ['aguante', 'aguantar'] },
  },
  {
    concept: 'what studies show',
    name: { en: 'evidence', es: 'estudios' },
    avoid: { en: ['proof'], es: ['pruebas a favor', 'las pruebas sobre'] },
  },
  {
    concept: 'a nerve something presses on',
    name: { en: 'pressed', es: 'presiona' },
    avoid: { en: ['pinched', 'trapped'], es: ['apretado', 'apretados', 'apretada'] },
  },
  {
    concept: 'passing stools',
    name: { en: 'bowels', es: 'defecar' },
    avoid: { en: ['stool'], es: ['hacer de vientre'] },
  },
  {
    concept: 'cauda equina syndrome',
    name: { en: 'cauda equina syndrome', es: 'síndrome de la cola de caballo' },
    avoid: { en: [], es: ['síndrome de cola de caballo'] },
  },
  {
    concept: 'the trolley a person leans on in a shop',
    name: { en: 'trolley', es: 'carrito del súper' },
    avoid: { en: ['cart', 'shopping cart'], es: ['carrito de la compra', 'carrito del supermercado'] },
  },
];

/** Words no string may use: "please" talks down, "red flag" is clinicians' jargon. */
export const bannedTerms: Readonly<Record<string, readonly string[]>> = {
  en: ['please', 'red flag', 'red flags', 'toward'],
  es: ['por favor', 'bandera roja', 'banderas rojas'],
};

/**
 * Medical names that may appear only inside their "doctors call these" aside,
 * so the plain name carries the meaning and the Latin is there to recognise.
 */
export const asideOnlyTerms: Readonly<Record<string, { aside: string; terms: readonly string[] }>> = {
  en: { aside: 'Doctors call these', terms: ['transverse abdominis', 'multifidus'] },
  es: { aside: 'Los médicos los llaman', terms: ['transverso del abdomen', 'multífido'] },
};
