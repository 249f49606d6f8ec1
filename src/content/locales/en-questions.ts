import type { ContentStrings } from '../types.js';

// The questions' text: what the triage shows before its result, so its first load carries only this.

const yesNoNotSure = { no: 'No', yes: 'Yes', 'not-sure': "I'm not sure" } as const;

export const enQuestions: ContentStrings['questions'] = {
  'bladder-bowel': {
    text: 'Since your back pain started, have you had any new problems with your bladder or bowels?',
    hint: 'For example, it is hard to start or stop peeing. Or you cannot feel when your bladder is full. Or you leak pee or poo.',
    why: 'New bladder or bowel problems with back pain can mean something is pressing on the nerves at the base of the spine. If you have this, call your emergency number now.',
    options: yesNoNotSure,
  },
  'saddle-numbness': {
    text: 'Do you have new numbness or tingling between your legs or around your bottom?',
    hint: 'This includes your genitals. For example, it feels different when you wipe after using the toilet. Or you have less feeling during sex.',
    why: 'Numbness in this area can mean something is pressing on the nerves at the base of the spine. If you have this, call your emergency number now.',
    options: yesNoNotSure,
  },
  'leg-nerve-symptoms': {
    text: 'Do you have weakness, numbness or tingling in your legs?',
    why: 'New or worse leg symptoms can mean a nerve is being pressed. A doctor should check this.',
    options: {
      none: 'No',
      'long-standing': 'Yes, in one leg, but I have had it a long time and it has not changed',
      'new-one-leg': 'Yes, in one leg, and it is new or getting worse',
      'new-both-legs': 'Yes, in both legs, and it started in the last 2 weeks or is getting worse',
      'both-legs-weeks': 'Yes, in both legs, for more than 2 weeks, and it is not getting worse',
      'not-sure': "I'm not sure",
    },
  },
  'both-legs-pain': {
    text: 'In the last 2 weeks, has sharp or shooting pain started in both of your legs?',
    hint: 'For example, pain that shoots from your back down both legs. Pain in one leg only does not count here.',
    why: 'New pain down both legs can mean something is pressing on the nerves at the base of the spine. If you have this, call your emergency number now.',
    options: yesNoNotSure,
  },
  'foot-drop': {
    text: 'Does one of your feet slap down or catch on the ground when you walk?',
    hint: 'This can happen when it is hard to lift the front of your foot.',
    why: 'Trouble lifting the front of the foot can mean a nerve is being pressed.',
    options: yesNoNotSure,
    sign: 'A foot that slaps down or catches on the ground when you walk',
  },
  fever: {
    text: 'Do you have a fever or chills, or do you feel unwell in yourself?',
    why: 'Back pain with a fever can, rarely, be a sign of an infection.',
    options: yesNoNotSure,
    sign: 'A fever or chills, or feeling unwell in yourself',
  },
  'infection-risk': {
    text: 'Do you inject drugs now? Or do you have a weak immune system, or a recent infection or back operation?',
    hint: 'A weak immune system can come from medicine or an illness. Recent means in the last few weeks: an infection, or an operation or injection in your back.',
    why: 'These make an infection in the spine more likely.',
    options: { no: 'None of these', yes: 'Yes, one or more', 'not-sure': "I'm not sure" },
    sign: 'Injecting drugs now. Or a weak immune system. Or a recent infection, or an operation or injection in your back.',
  },
  'past-drug-injection': {
    text: 'Have you injected drugs in the past?',
    why: 'Injecting drugs in the past makes an infection in the spine a little more likely.',
    options: yesNoNotSure,
    sign: 'Injecting drugs in the past',
  },
  'cancer-history': {
    text: 'Have you ever had cancer?',
    why: 'Rarely, back pain is linked to cancer that has spread. Your past health helps us judge this.',
    options: yesNoNotSure,
    sign: 'Cancer, now or in the past',
  },
  'weight-loss': {
    text: 'Have you lost weight in the last few months without trying?',
    why: 'Weight loss you cannot explain is worth a check, mostly when it comes with other signs.',
    options: yesNoNotSure,
    sign: 'Weight loss in the last few months without trying',
  },
  'night-pain': {
    text: 'Do you have pain at night or at rest that does not ease, even when you change position?',
    why: 'Most back pain eases with rest. A doctor should check pain that does not ease at rest.',
    options: yesNoNotSure,
    sign: 'Pain at night or at rest that does not ease, even when you change position',
  },
  age: {
    text: 'How old are you?',
    why: 'Age alone is not a warning sign. But with other signs, it can change how soon a doctor should see you.',
    options: {
      'under-20': 'Under 20',
      '20-to-49': '20 to 49',
      '50-to-59': '50 to 59',
      '60-or-over': '60 or over',
    },
  },
  'pain-start': {
    text: 'When did this back pain start?',
    why: 'Doctors check new back pain more closely at some ages. How long you have had it also changes the self-care that fits.',
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
    sign: 'Thin or weak bones, or steroid tablets for a long time',
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
    text: 'When you walk, does the pain spread into your legs, or do your legs cramp, tingle or go numb?',
    why: 'Where the pain goes helps tell a nerve problem, a blood flow problem and a muscle problem apart.',
    options: { none: 'No, it stays in my back', 'one-leg': 'Yes, in one leg', 'both-legs': 'Yes, in both legs' },
  },
  'leg-location': {
    text: 'Where in your leg do you feel it most?',
    why: 'Pain above the knee and pain in the calf often have different causes.',
    options: {
      'buttock-or-thigh': 'In my buttock or thigh, above the knee',
      'below-knee': 'Below the knee, down into my foot',
      'calf-cramp': 'In my calf, often as a cramp',
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
    why: 'If standing alone never brings it on, a narrow space for the nerves in the spine is much less likely.',
    options: { yes: 'Yes', no: 'No, only walking does', 'not-sure': "I'm not sure" },
    sign: 'Standing still, without walking, can bring on the leg symptoms',
  },
  'what-eases': {
    text: 'When your legs hurt on a walk, what makes them feel better?',
    why: 'Relief from sitting points to the spine. Relief from just standing still points to blood flow in the legs.',
    options: {
      'sitting-or-bending': 'Sitting down or bending forward',
      'standing-still': 'Stopping and standing still',
      nothing: 'Nothing seems to help',
      'not-sure': "I'm not sure",
    },
  },
  'shopping-cart': {
    text: 'Is walking easier when you lean forward on something, like a shopping trolley?',
    why: 'Leaning forward makes more room for the nerves in the lower back.',
    options: { yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" },
    sign: 'Walking is easier when you lean forward on something, like a shopping trolley',
  },
  'circulation-risk': {
    text: 'Do you smoke, or have diabetes or poor blood flow in your legs?',
    why: 'These make it more likely that leg pain on walking comes from blood flow, not from the back.',
    options: { yes: 'Yes', no: 'No', 'not-sure': "I'm not sure" },
    sign: 'You smoke, or have diabetes or poor blood flow in your legs',
  },
  'walk-onset': {
    text: 'How does the pain come on during a walk?',
    why: 'Pain that starts at the same distance each time can be a sign of poor blood flow. A slow, dull ache often comes from tired muscles.',
    options: {
      'builds-gradually': 'Slowly, as a dull ache that builds up',
      'same-distance': 'At about the same distance each time',
      'first-steps': 'Straight away, from the first few steps',
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
    text: 'Do the muscles at the front of your hips feel tight?',
    hint: 'For example, it is hard to stand up straight after you have been sitting for a long time.',
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
    text: 'How often do you do exercises for your core muscles?',
    hint: 'Your core muscles are the deep muscles in your tummy and back.',
    why: 'When the core muscles are weak, the bigger back muscles do all the work and get tired.',
    options: {
      rarely: 'Less than once a week, or never',
      sometimes: 'About once a week',
      regularly: '2 or more times a week',
    },
  },
  'foot-roll': {
    text: 'Do your feet roll in or out when you walk?',
    hint: 'Your shoes can tell you. They wear down on the inner edge if your feet roll in, and on the outer edge if they roll out.',
    why: 'The way your feet land can twist the legs and hips and strain the lower back.',
    options: {
      'roll-in': 'They roll in',
      'roll-out': 'They roll out',
      no: 'No',
      'not-sure': "I'm not sure",
    },
  },
  'walking-posture': {
    text: 'How do you most often stand and walk?',
    why: 'Leaning, or a big arch in the back, can make the back muscles work harder to hold you up.',
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

export const enPages: ContentStrings['pages'] = {
  'other-warning-signs': {
    text: 'Do you have any of these?',
    hint: 'Answer yes, no or not sure for each one.',
    why: 'Rarely, these are signs of an infection, a cancer or a broken bone that a doctor should check. Most people with back pain have none of them.',
  },
  'walking-signs': {
    text: 'Are any of these true for you?',
    hint: 'Answer yes, no or not sure for each one.',
    why: 'These help tell a narrow space for the nerves in the spine from poor blood flow in the legs.',
  },
};
