import type { ContentStrings } from '../types.js';
import { enUi } from './en-ui.js';

const yesNoNotSure = { no: 'No', yes: 'Yes', 'not-sure': "I'm not sure" } as const;
const emergencyNow = 'Call your emergency number or go to an emergency department now.';
const seeDoctorToday = 'See a doctor today or within 24 hours.';

/** Shared by every exercise: stop rules from NHS leaflets, said kindly. */
const stopRules = [
  'Stop if pain spreads down your leg, or if new numbness or tingling appears.',
  'Feeling a bit sore at first is normal: hurt does not equal harm. Stop if the pain is sharp or keeps getting worse.',
];

// Each section is its own constant so a bundle with one element carries only the text it shows.
export const enQuestions: ContentStrings['questions'] = {
  'bladder-bowel': {
    text: 'Since your back pain started, have you had any new problems with your bladder or bowels?',
    hint: 'For example: trouble starting or stopping when you pee, not feeling when your bladder is full, or leaking pee or poo.',
    why: 'New bladder or bowel problems with back pain can mean the nerves at the base of the spine are being pressed. This needs help fast.',
    options: yesNoNotSure,
  },
  'saddle-numbness': {
    text: 'Do you have new numbness or tingling between your legs, in your genitals, or around your bottom?',
    hint: 'For example: it feels different when you wipe after using the toilet, or you have less feeling during sex.',
    why: 'Numbness in this area can mean the nerves at the base of the spine are being pressed. This needs help fast.',
    options: yesNoNotSure,
  },
  'leg-nerve-symptoms': {
    text: 'Do you have weakness, numbness or tingling in your legs?',
    why: 'New or worse leg symptoms can mean a nerve is being pressed. A doctor should check this.',
    options: {
      none: 'No',
      'long-standing': 'Yes, but I have had it a long time and it has not changed',
      'new-one-leg': 'Yes, in one leg, and it is new or getting worse',
      'new-both-legs': 'Yes, in both legs, and it is new, but it is not getting worse fast',
      'both-legs-worsening': 'Yes, both legs are weak, or both legs are getting worse fast',
      'not-sure': "I'm not sure",
    },
  },
  'foot-drop': {
    text: 'Does one of your feet slap down or catch on the ground when you walk?',
    hint: 'This can happen when it is hard to lift the front of your foot.',
    why: 'Trouble lifting the front of the foot can mean a nerve is being pressed.',
    options: yesNoNotSure,
  },
  fever: {
    text: 'Do you have a fever or chills, or do you feel unwell in yourself?',
    why: 'Back pain with a fever can, rarely, be a sign of an infection.',
    options: yesNoNotSure,
  },
  'infection-risk': {
    text: 'Have you ever injected drugs? Or do you have a weak immune system, or a recent infection or back operation?',
    hint: 'Injecting drugs counts now or in the past. A weak immune system can come from medicine or an illness. Recent means in the last few weeks: an infection, or an operation or injection in your back.',
    why: 'These make an infection in the spine more likely.',
    options: { no: 'None of these', yes: 'Yes, one or more', 'not-sure': "I'm not sure" },
  },
  'cancer-history': {
    text: 'Have you ever had cancer?',
    why: 'Rarely, back pain is linked to cancer that has spread. Your past health helps us judge this.',
    options: yesNoNotSure,
  },
  'weight-loss': {
    text: 'Have you lost weight in the last few months without trying?',
    why: 'Weight loss you cannot explain is worth a check, mostly when it comes with other signs.',
    options: yesNoNotSure,
  },
  'night-pain': {
    text: 'Do you have pain at night or at rest that does not ease, even when you change position?',
    why: 'Most back pain eases with rest. Pain that does not ease at rest should be checked.',
    options: yesNoNotSure,
  },
  age: {
    text: 'How old are you?',
    why: 'Age alone is not a warning sign. But with other signs, it can change how soon you should be seen.',
    options: {
      'under-20': 'Under 20',
      '20-to-49': '20 to 49',
      '50-to-59': '50 to 59',
      '60-or-over': '60 or over',
    },
  },
  'pain-start': {
    text: 'When did this back pain start?',
    why: 'New back pain is checked more closely at some ages. How long you have had it also changes the self-care that fits.',
    options: {
      'new-recent': 'In the last 6 weeks, and I have not had back pain like this before',
      'new-months': 'More than 6 weeks ago, and it was my first back pain like this',
      returning: 'It has come back: I have had back pain like this before',
      'long-standing': 'I have had it for many months or years',
      'not-sure': "I'm not sure",
    },
  },
  injury: {
    text: 'Did your back pain start after an injury or a fall?',
    why: 'A fall or an injury can sometimes break a bone in the spine.',
    options: {
      'major-trauma': 'Yes, a bad accident, like a car crash or a fall from a height',
      'significant-fall': 'Yes, a hard fall',
      'minor-injury': 'Yes, a small knock, twist or strain',
      none: 'No',
    },
  },
  'bone-risk': {
    text: 'Do you have thin or weak bones, or have you taken steroid tablets for a long time?',
    hint: 'Thin bones are also called osteoporosis. Steroid tablets include prednisolone.',
    why: 'Weak bones can break after even a small knock.',
    options: yesNoNotSure,
  },
  'pain-course': {
    text: 'How has your back pain been over the last few weeks?',
    why: 'A doctor should check pain that does not ease with rest and home care, or gets worse.',
    options: {
      easing: 'Getting better',
      'about-the-same': 'About the same',
      'comes-and-goes': 'It comes and goes',
      'not-easing': 'Not getting better, even with rest and home care',
      'getting-worse': 'Getting worse',
    },
  },
  'legs-involved': {
    text: 'When you walk, do you also get pain, cramp, tingling or numbness in your legs?',
    why: 'Where the pain goes helps tell a nerve problem, a blood flow problem and a muscle problem apart.',
    options: { none: 'No, only in my back', 'one-leg': 'Yes, in one leg', 'both-legs': 'Yes, in both legs' },
  },
  'leg-location': {
    text: 'Where in your leg do you feel it most?',
    why: 'Pain above the knee and pain in the calf often have different causes.',
    options: {
      'buttock-or-thigh': 'In my buttock or thigh, above the knee',
      'below-knee': 'Below the knee, down into my foot',
      'calf-cramp': 'A cramp in my calf',
      'not-sure': "I'm not sure",
    },
  },
  'leg-feeling': {
    text: 'How does it feel in your leg?',
    why: 'Sharp, burning pain down one leg often comes from a sore, pressed nerve.',
    options: {
      'sharp-burning-tingling': 'Sharp, burning or tingling',
      cramping: 'Cramping',
      'heavy-tired': 'Heavy or tired',
      'not-sure': "I'm not sure",
    },
  },
  'standing-brings-on': {
    text: 'Can standing still, without walking, bring on the leg symptoms?',
    why: 'If standing alone never brings it on, a narrow space in the spine is much less likely.',
    options: { yes: 'Yes', no: 'No, only walking does', 'not-sure': "I'm not sure" },
  },
  'what-eases': {
    text: 'When your legs hurt on a walk, what makes it ease?',
    why: 'Relief from sitting points to the spine. Relief from just standing still points to blood flow in the legs.',
    options: {
      'sitting-or-bending': 'Sitting down or bending forward',
      'standing-still': 'Stopping and standing still',
      nothing: 'Nothing seems to help',
      'not-sure': "I'm not sure",
    },
  },
  'shopping-cart': {
    text: 'Is walking easier when you lean forward on something, like a shopping cart?',
    why: 'Leaning forward makes more room for the nerves in the lower back.',
    options: { yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" },
  },
  'circulation-risk': {
    text: 'Do you smoke, or have diabetes or poor blood flow in your legs?',
    why: 'These make it more likely that leg pain on walking comes from blood flow, not from the back.',
    options: { yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" },
  },
  'walk-onset': {
    text: 'When does the pain start during a walk?',
    why: 'Pain that starts at the same distance each time can be a sign of poor blood flow. A slow, dull ache often comes from tired muscles.',
    options: {
      'builds-gradually': 'A dull ache that builds as the walk goes on',
      'same-distance': 'At about the same distance each time',
      'first-steps': 'From the first few steps',
      'not-sure': "I'm not sure",
    },
  },
  'load-worse': {
    text: 'Which of these makes the pain worse?',
    why: 'Pain that gets worse when you carry things can come from wear in the discs. Pain after long hours on your feet can come from shoes, posture or tired muscles.',
    options: {
      carrying: 'Lifting or carrying something heavy',
      'on-feet': 'A long time on my feet',
      both: 'Both of these',
      neither: 'Neither of these',
      'not-sure': "I'm not sure",
    },
  },
  'sitting-most-of-day': {
    text: 'Do you sit for most of the day?',
    why: 'Long hours of sitting can make the muscles at the front of the hips tight.',
    options: { yes: 'Yes', no: 'No' },
  },
  'hip-tightness': {
    text: 'Do the fronts of your hips feel tight, or does your lower back curve in a lot?',
    why: 'Tight hip muscles can tip the pelvis forward and strain the lower back.',
    options: { yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" },
  },
  'hamstring-tightness': {
    text: 'Do the backs of your thighs feel tight?',
    hint: 'For example, it is hard to reach past your knees with your legs straight.',
    why: 'Tight muscles at the back of the thighs can make each step less smooth.',
    options: { yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" },
  },
  'core-exercise': {
    text: 'How often do you do exercises for your tummy and back muscles?',
    why: 'When the deep tummy and back muscles are weak, the bigger back muscles do all the work and get tired.',
    options: {
      rarely: 'Hardly ever or never',
      sometimes: 'Now and then',
      regularly: 'Two or more times a week',
    },
  },
  'foot-roll': {
    text: 'Do your feet roll in or out when you walk?',
    hint: 'A clue is shoes that wear down more on one edge.',
    why: 'The way your feet land can twist the legs and hips and strain the lower back.',
    options: {
      'roll-in': 'They roll in, and my shoes wear on the inner edge',
      'roll-out': 'They roll out, and my shoes wear on the outer edge',
      no: 'No',
      'not-sure': "I'm not sure",
    },
  },
  'walking-posture': {
    text: 'How do you most often stand and walk?',
    why: 'Leaning, or a big arch in the back, makes the back muscles work harder to hold you up.',
    options: {
      'lean-forward': 'I lean forward',
      'hips-tipped': 'My hips tip forward and my lower back arches a lot',
      upright: 'Fairly upright',
      'not-sure': "I'm not sure",
    },
  },
  shoes: {
    text: 'Which best describes the shoes you walk in most?',
    why: 'Shoes change how much jolt reaches your back with each step.',
    options: {
      'worn-out': 'Worn out, with little cushion left',
      'no-arch-support': 'Flat, with no arch support',
      'high-heels': 'High heels',
      supportive: 'Cushioned and supportive',
      'not-sure': "I'm not sure",
    },
  },
};

export const enUrgency: ContentStrings['urgency'] = {
  emergency: {
    headline: 'Get emergency help now',
    whatToDo: `${emergencyNow} Do not wait to see if it gets better.`,
    howSoon: 'Now',
  },
  urgent: {
    headline: 'See a doctor today',
    whatToDo: 'Contact a doctor today. If you cannot get an appointment, use an urgent care service.',
    howSoon: 'Today, or within 24 hours',
  },
  routine: {
    headline: 'Book an appointment',
    whatToDo: 'Book an appointment with a doctor or physiotherapist. Until then, the self-care below may help.',
    howSoon: 'In the next week or two',
  },
  'self-care': {
    headline: 'You can look after this at home',
    whatToDo: 'Try the self-care and exercises below. Most back pain gets better within a few weeks.',
    howSoon: 'Start today. Get help if things change.',
  },
};

export const enRedFlags: ContentStrings['redFlags'] = {
  'bladder-bowel-change': {
    sign: 'New problems with your bladder or bowels. For example, trouble peeing, not feeling a full bladder, or leaking.',
    advice: `The nerves at the base of the spine may be pressed. This is called cauda equina syndrome. ${emergencyNow}`,
  },
  'bladder-bowel-unsure': {
    sign: 'You are not sure about changes in your bladder or bowels.',
    advice: 'Please see a doctor today so they can check. If you notice any new bladder or bowel problem, get emergency help at once.',
  },
  'saddle-numbness': {
    sign: 'New numbness or tingling between your legs, in your genitals, or around your bottom.',
    advice: `The nerves at the base of the spine may be pressed. ${emergencyNow}`,
  },
  'saddle-numbness-unsure': {
    sign: 'You are not sure about numbness between your legs or around your bottom.',
    advice: 'Please see a doctor today so they can check. If the numbness is clear or spreads, get emergency help at once.',
  },
  'both-legs-worsening': {
    sign: 'Weakness in both legs, or symptoms in both legs that get worse fast.',
    advice: `The nerves in the spine may be badly pressed. ${emergencyNow}`,
  },
  'new-both-legs': {
    sign: 'New pain, weakness, numbness or tingling in both legs.',
    advice: `The nerves at the base of the spine may be pressed. ${emergencyNow}`,
  },
  'new-leg-nerve-symptoms': {
    sign: 'New or worse weakness, numbness or tingling in a leg.',
    advice: `A nerve may be pressed and should be checked soon. ${seeDoctorToday}`,
  },
  'leg-nerve-symptoms-unsure': {
    sign: 'You are not sure about weakness, numbness or tingling in your legs.',
    advice: 'Please see a doctor today so they can check your legs. If both legs get weak or numb, get emergency help at once.',
  },
  'foot-drop': {
    sign: 'A foot that slaps down or catches on the ground when you walk. This is called foot drop.',
    advice: `A nerve may be pressed. ${seeDoctorToday}`,
  },
  'foot-drop-unsure': {
    sign: 'You are not sure whether a foot slaps down or catches when you walk.',
    advice: `Book an appointment so a doctor can check the nerves to your legs. If a foot or leg gets weak, see a doctor today.`,
  },
  fever: {
    sign: 'A fever or chills, or feeling unwell, with back pain.',
    advice: `Rarely, this can be an infection. ${seeDoctorToday}`,
  },
  'fever-unsure': {
    sign: 'You are not sure whether you have a fever or feel unwell.',
    advice: 'Book an appointment so a doctor can check for an infection. If you get a fever or chills, see a doctor today.',
  },
  'infection-risk': {
    sign: 'Injecting drugs, now or in the past. Or a weak immune system, or a recent infection or back operation.',
    advice: `These make an infection in the spine more likely. ${seeDoctorToday}`,
  },
  'infection-risk-unsure': {
    sign: 'You are not sure whether something makes an infection more likely for you.',
    advice: 'Book an appointment and tell the doctor what you are not sure about, so they can check for an infection.',
  },
  'cancer-history': {
    sign: 'Having had cancer in the past.',
    advice: `New back pain after cancer should be checked. ${seeDoctorToday}`,
  },
  'cancer-history-unsure': {
    sign: 'You are not sure whether you have had cancer.',
    advice: 'Book an appointment so a doctor can look at your past health and check your back.',
  },
  'weight-loss': {
    sign: 'Losing weight without trying.',
    advice: 'Book an appointment with your doctor. If you have other warning signs too, see a doctor today.',
  },
  'weight-loss-unsure': {
    sign: 'You are not sure whether you have lost weight without trying.',
    advice: 'Book an appointment. A doctor can weigh you and check for a cause.',
  },
  'night-pain': {
    sign: 'Pain at night or at rest that does not ease.',
    advice: "Book a doctor's appointment. If you have other warning signs too, see a doctor today.",
  },
  'night-pain-unsure': {
    sign: 'You are not sure whether your pain eases at night or at rest.',
    advice: 'Book an appointment so a doctor can check why the pain does not settle.',
  },
  'age-under-20': {
    sign: 'New back pain when you are under 20.',
    advice: 'Age alone is not a cause for worry. With another warning sign, see a doctor today.',
  },
  'age-over-50': {
    sign: 'New back pain when you are 50 or over.',
    advice: 'Age alone is not a cause for worry. With another warning sign, see a doctor today.',
  },
  'major-trauma': {
    sign: 'A bad accident, like a car crash or a fall from a height.',
    advice: `A bone in the spine may be broken. ${emergencyNow}`,
  },
  'significant-fall': {
    sign: 'A hard fall.',
    advice: `A bone in the spine may be hurt. ${seeDoctorToday}`,
  },
  'minor-injury-weak-bones': {
    sign: 'A small knock or strain when you have weak bones or take steroid tablets.',
    advice: `Weak bones can break after a small knock. ${seeDoctorToday}`,
  },
  'minor-injury-bone-risk-unsure': {
    sign: 'A small knock or strain, and you are not sure whether your bones are weak.',
    advice: 'Book an appointment so a doctor can check for a broken bone. If the pain is bad or gets worse, see a doctor today.',
  },
  'pain-not-easing': {
    sign: 'Pain that does not ease with rest or home care, or gets worse over time.',
    advice: 'Book an appointment with a doctor or physiotherapist. If you have other warning signs too, see a doctor today.',
  },
};

export const enFactors: ContentStrings['factors'] = {
  'weak-core': {
    name: 'Weak deep core muscles',
    whatItIs:
      'Deep muscles in your tummy and back hold your spine steady. Their names are the transverse abdominis and the multifidus. When they are weak, the bigger back muscles work too hard to make up for them.',
    howItFeels: 'A dull ache that builds as the walk goes on, as your back muscles get tired.',
    whatHelps: 'Core exercises like the bird-dog and the plank, done a little each day.',
    whenToSeeClinician: 'Is the ache still there after a few weeks of exercise? Then see a physiotherapist.',
  },
  'tight-hip-flexors': {
    name: 'Tight muscles at the front of the hips',
    whatItIs:
      'The hip flexors are the muscles at the front of your hips. Long hours of sitting can make them tight. Then they tip the pelvis forward and deepen the inward curve of the lower back. This deep curve is called hyperlordosis.',
    howItFeels: 'An ache in the lower back with each step, often with a big arch in your back.',
    whatHelps: 'The hip flexor stretch and the pelvic tilt. Get up and move often if you sit a lot.',
    whenToSeeClinician: 'See a physiotherapist if the stretches do not help after a few weeks.',
  },
  'tight-hamstrings': {
    name: 'Tight muscles at the back of the thighs',
    whatItIs:
      'The hamstrings are the muscles at the back of your thighs. When they are tight, your steps are less smooth and the lower back takes more strain.',
    howItFeels: 'Tight thighs and a stiff, achy lower back, mostly on longer walks.',
    whatHelps: 'A gentle hamstring stretch each day.',
    whenToSeeClinician: 'See a physiotherapist if the stretch does not help after a few weeks.',
  },
  'spinal-stenosis': {
    name: 'A narrow space for the nerves in the spine',
    whatItIs:
      'Lumbar spinal stenosis means the space for the nerves in the lower back has become narrow. Standing up straight and walking make the space smaller, so the nerves get pressed. It is more common in older adults.',
    howItFeels:
      'Pain, numbness, heavy legs or cramp in the back, buttocks or legs when you stand or walk. It eases fast when you sit down or lean forward, such as on a shopping cart.',
    whatHelps:
      'Gentle stretches that bend you forward, like the knee-to-chest stretch, and pacing your walks. Leaning on a cart or a walking stick can help you walk further.',
    whenToSeeClinician:
      `See a doctor or physiotherapist to talk about it. A clinician may decide whether a scan is needed. If your legs get weak or your bladder or bowels change: ${emergencyNow}`,
  },
  sciatica: {
    name: 'Sciatica',
    whatItIs:
      'Sciatica is pain that travels down the leg from the lower back. It happens when a nerve is pressed or sore. The cause is often a bulging disc or a bone spur.',
    howItFeels:
      'Sharp, burning or tingling pain from the buttock down one leg, often below the knee. Walking can make it worse.',
    whatHelps:
      'Keep moving gently. The knee-to-chest stretch and the pelvic tilt may ease it, and heat can help.',
    whenToSeeClinician:
      'See a doctor if it is not better in a few weeks. See one today if your leg gets weak or numb.',
  },
  'degenerative-disc': {
    name: 'Wear in the discs of the spine',
    whatItIs:
      'Discs are soft pads between the bones of the spine. With age, they slowly lose height and water, and part of the spine can get less steady. Doctors call this degenerative disc disease. It is common and often causes no pain.',
    howItFeels:
      'An ache in the back that gets worse with load, like carrying bags or standing or walking for a long time.',
    whatHelps: 'Gentle core work, pacing your walks, and shoes with a good cushion.',
    whenToSeeClinician:
      'See a doctor or physiotherapist if the pain does not ease. A clinician may decide whether a scan is needed. Most people do not need one.',
  },
  gait: {
    name: 'The way you walk',
    whatItIs:
      'The way you walk is called your gait. Your feet may roll in too much (overpronation) or roll out (supination). Then your legs and hips twist a little with each step, and that twist strains the lower back.',
    howItFeels: 'An ache that builds over a walk, and shoes that wear down on one edge.',
    whatHelps: 'Stretches for your hips, core work, and shoes that feel good and give support.',
    whenToSeeClinician: 'A physiotherapist can watch you walk. They can suggest changes that help.',
  },
  'walking-posture': {
    name: 'Walking posture',
    whatItIs:
      'Leaning forward, or tipping your hips forward a lot, moves your balance point. Your back muscles must then work harder to hold you up.',
    howItFeels: 'A tired, aching lower back that gets worse the longer you walk.',
    whatHelps: 'Walking tall, the pelvic tilt and the plank.',
    whenToSeeClinician: 'A physiotherapist can check your posture if the ache goes on.',
  },
  footwear: {
    name: 'Your shoes',
    whatItIs:
      'Worn-out shoes lose their cushion, so more jolt from each step goes up to your back. Shoes with no arch support, or high heels, can also upset how your feet keep you steady.',
    howItFeels: 'Aching after walking, which may be worse in old or flat shoes.',
    whatHelps: 'Shoes with good cushion that fit well. They make walking more comfortable, but they are not a cure on their own.',
    whenToSeeClinician: 'See a doctor or physiotherapist if the pain goes on after you change shoes.',
  },
  'leg-circulation': {
    name: 'Blood flow in the legs',
    whatItIs:
      'Narrow blood vessels in the legs can cause pain when you walk. It can look like a back problem, but it is a blood flow problem. Doctors call it vascular claudication.',
    howItFeels:
      'A cramp in the calf that comes on after about the same distance each time. It eases when you stand still for a few minutes, without having to sit.',
    whatHelps:
      'A doctor should check your blood flow first. Walking exercise, often in a class with a trainer, is the main treatment. If you smoke, stopping helps blood flow.',
    whenToSeeClinician: `Book a doctor's appointment so they can check the blood flow in your legs. If a leg turns cold, pale or numb: ${emergencyNow}`,
  },
};

export const enExercises: ContentStrings['exercises'] = {
  'knee-to-chest': {
    name: 'Knee-to-chest stretch',
    helps: 'Gently stretches the lower back and can ease tight muscles.',
    illustrationAlt:
      'Two drawings. First, a person lies on their back with knees bent and feet flat. Then they pull one knee toward their chest with both hands. The other foot stays on the floor.',
    startPosition: 'Lie on your back on the floor or a firm bed, with your knees bent and your feet flat.',
    steps: [
      'Hold one knee with both hands.',
      'Gently pull it toward your chest until you feel a stretch in your lower back.',
      'Hold for a few seconds while you breathe slowly.',
      'Lower your leg back down and switch sides.',
    ],
    easier: 'Put a towel around the back of your thigh and pull on the towel instead.',
    harder: 'Bring both knees to your chest at the same time.',
    cautions: [
      'Keep your head and shoulders relaxed on the floor.',
      'Do not pull hard. Only go as far as feels comfortable.',
    ],
    sides: ['Right knee', 'Left knee'],
    stopRules,
  },
  'pelvic-tilt': {
    name: 'Pelvic tilt',
    helps: 'Wakes up the deep tummy muscles and eases a stiff lower back.',
    illustrationAlt:
      'Two drawings of a person lying on their back with knees bent and feet flat. First, there is a small gap under the lower back. Then the hips tip up a little and the lower back presses flat into the floor.',
    startPosition: 'Lie on your back with your knees bent, your feet flat and your arms by your sides.',
    steps: [
      'Tighten your tummy muscles.',
      'Gently press your lower back into the floor, so your hips tip up a little.',
      'Hold for a few seconds and keep breathing.',
      'Relax and let your back go back to its normal curve.',
    ],
    easier: 'Do it standing up, with your back against a wall.',
    harder: 'Hold each tilt for longer, up to 10 seconds.',
    cautions: ['Keep breathing. Do not hold your breath.'],
    stopRules,
  },
  'bird-dog': {
    name: 'Bird-dog',
    helps: 'Trains the deep core muscles that keep your spine steady when you walk.',
    illustrationAlt:
      'Two drawings. First, a person kneels on hands and knees with a flat back. Then they reach one arm straight forward and the opposite leg straight back, in line with the back.',
    startPosition:
      'Kneel on all fours, with your hands under your shoulders and your knees under your hips. Keep your back flat.',
    steps: [
      'Tighten your tummy muscles a little.',
      'Slowly reach one arm forward and the opposite leg back, until they are in line with your body.',
      'Hold for a few seconds. Do not let your back sag or twist.',
      'Slowly come back, then switch sides.',
    ],
    easier: 'Keep both hands on the floor and move only one leg at a time.',
    harder: 'Hold for up to 10 seconds, or draw a small square in the air with your hand and foot.',
    cautions: [
      'Keep your neck in line with your back by looking at the floor.',
      'Put a cushion under your knees if they hurt.',
    ],
    sides: ['Right arm and left leg', 'Left arm and right leg'],
    stopRules,
  },
  plank: {
    name: 'Plank',
    helps: 'Builds strength in the deep core muscles that support your spine.',
    illustrationAlt:
      'Two drawings. First, a person lies face down, resting on their forearms. Then they lift their body onto their forearms and toes, in a straight line from head to heels.',
    startPosition: 'Lie face down, with your elbows under your shoulders and your forearms on the floor.',
    steps: [
      'Tighten your tummy muscles.',
      'Lift your body onto your forearms and toes, in a straight line from head to heels.',
      'Hold for a few seconds and keep breathing.',
      'Lower yourself down gently and rest.',
    ],
    easier: 'Rest on your knees, not your toes. Or stand and lean your forearms on a wall or a table.',
    harder: 'Hold a little longer each week, up to 30 seconds.',
    cautions: ['Do not let your hips sag or poke up.', 'Keep breathing the whole time.'],
    stopRules,
  },
  'hip-flexor-stretch': {
    name: 'Hip flexor stretch',
    helps: 'Stretches tight muscles at the front of the hip that can pull the lower back into a big arch.',
    illustrationAlt:
      'Two drawings. First, a person kneels on one knee with the other foot flat in front, body upright and hands on hips. Then they move their hips forward and keep the body upright, to stretch the front of the back hip.',
    startPosition: 'Kneel on one knee on something soft, with the other foot flat on the floor in front of you.',
    steps: [
      'Stand tall and tighten your tummy a little.',
      'Gently move your hips forward until you feel a stretch at the front of the hip of the back leg.',
      'Hold for a few slow breaths.',
      'Come back, then switch sides.',
    ],
    easier: 'Do it standing: hold a chair, take a long step forward and bend your front knee.',
    harder: 'Reach the arm on the side of the back leg up over your head.',
    cautions: ['Keep your back straight. Do not lean back.', 'Put a cushion under your knee.'],
    sides: ['Right knee on the floor', 'Left knee on the floor'],
    stopRules,
  },
  'hamstring-stretch': {
    name: 'Hamstring stretch',
    helps: 'Stretches the muscles at the back of your thighs, so each step is smoother.',
    illustrationAlt:
      'Two drawings. First, a person lies on their back with one knee bent up and a towel around that foot. Then they hold the towel and straighten that leg up toward the ceiling. The other foot stays flat on the floor.',
    startPosition: 'Lie on your back with both knees bent and your feet flat. Hold a towel in both hands.',
    steps: [
      'Loop the towel around one foot.',
      'Straighten that leg up toward the ceiling until you feel a gentle stretch at the back of the thigh.',
      'Hold for a few slow breaths.',
      'Lower the leg slowly, then switch sides.',
    ],
    easier: 'Keep the knee of the raised leg a little bent.',
    harder: 'Hold a little longer, or keep the other leg straight along the floor.',
    cautions: ['This stretch can bother a sore nerve. Go gently if you have pain down your leg.'],
    sides: ['Right leg', 'Left leg'],
    stopRules,
  },
};

export const enSelfCare: ContentStrings['selfCare'] = {
  'cold-then-heat': {
    title: 'Cold first, then heat',
    body: 'For the first 48 hours after a flare-up, you can put a cold pack wrapped in a towel on the sore area. After that, use a heat pack or a warm bath to relax tight muscles.',
    note: 'Heat has the better evidence. A large review found that heat helps, while the evidence for cold is weak. Use what feels best for you.',
  },
  'heat-for-stiffness': {
    title: 'Heat for a long-lasting ache',
    body: 'A heat pack wrapped in a towel, or a warm bath, can relax tight muscles and ease stiffness. Check your skin now and then so it does not burn.',
    note: 'Heat has better evidence than cold for back pain.',
  },
  'short-rest-keep-moving': {
    title: 'Rest a little, then keep moving',
    body: 'A short rest is fine when pain flares up. Staying in bed for a long time makes your back stiffer and slower to heal. Keep moving gently, and do a bit more each day.',
  },
  'pace-your-walks': {
    title: 'Pace your walks',
    body: 'Take shorter walks more often, and rest before the pain builds up. If leaning forward helps, a shopping cart or a walking stick can help you walk further.',
  },
  'walking-for-circulation': {
    title: 'Keep walking, with a plan from your doctor',
    body: 'Do not give up walking. Once a doctor has checked your blood flow, they may offer a walking exercise plan, often as a class. Walking a little further over some months helps the legs most.',
    note: 'Guidelines advise walking exercise for leg pain from poor blood flow, not resting more.',
  },
  'posture-tips': {
    title: 'Stand and walk tall',
    body: 'Walk tall, with your head up and your shoulders relaxed. Try not to lean forward or arch your lower back a lot. If you sit a lot, get up and move every half hour.',
    note: 'These tips are for comfort and to help prevent aches.',
  },
  'footwear-tips': {
    title: 'Shoes for comfort',
    body: 'For walking, wear shoes with good cushion and arch support. Replace them when the cushion wears out, and wear high heels only for short times.',
    note: 'Good shoes can make walking more comfortable and help prevent aches. They are not a treatment on their own. Special insoles are not advised as a treatment for back pain.',
  },
};

export const enNotes: ContentStrings['notes'] = {
  'check-circulation':
    'Your answers also fit a problem with blood flow in the legs. A doctor should check your circulation, because it can look like a narrow spine.',
};

export const enCautions: ContentStrings['cautions'] = {
  'get-checked-first': 'Please see a doctor before you start these exercises.',
  'gentle-only': 'Go gently, and stop any exercise that makes your symptoms worse.',
  'wait-for-circulation-check':
    'No back exercises for now. A doctor should check the blood flow in your legs first. Gentle walking is fine.',
  'wait-for-fracture-check':
    'No back exercises until a doctor has checked for a broken bone. Moving gently about the house is fine.',
};

export const enSafetyNet: ContentStrings['safetyNet'] = [
  'Call your emergency number at once if you get new bladder or bowel problems. Do the same if you get numbness between your legs or around your bottom, or both legs get weak.',
  'See a doctor today if a leg gets weak, numb or tingly, or if you get a fever or feel unwell.',
  'Book an appointment if the pain is not better after a few weeks of self-care, or if it keeps getting worse.',
  'If you are worried at any time, ask a doctor for advice.',
];

/** Complete English text. Other locales copy this shape, one file each. */
export const en: ContentStrings = {
  locale: 'en',
  questions: enQuestions,
  urgency: enUrgency,
  redFlags: enRedFlags,
  factors: enFactors,
  exercises: enExercises,
  selfCare: enSelfCare,
  notes: enNotes,
  cautions: enCautions,
  safetyNet: enSafetyNet,
  ui: enUi,
};
