import type { ContentStrings } from '../types.js';

/** Shared by every exercise: stop rules from NHS leaflets, said kindly. */
const stopRules = [
  'Stop if pain spreads down your leg, or if new numbness or tingling appears.',
  'Feeling a bit sore at first is normal: hurt does not equal harm. Stop if the pain is sharp or keeps getting worse.',
];

/**
 * In the steps, `{hold}` is the dose's hold ("Hold for 5 seconds."), filled in by the card, so the steps
 * and the dose always say the same number.
 */
export const enExercises: ContentStrings['exercises'] = {
  'knee-to-chest': {
    name: 'Knee-to-chest stretch',
    helps: 'Gently stretches the lower back and can ease tight muscles.',
    illustrationAlt:
      'Two drawings. First, a person lies on their back with knees bent and feet flat. Then they pull one knee towards their chest with both hands. The other foot stays on the floor.',
    startPosition: 'Lie on your back on the floor or a firm bed, with your knees bent and your feet flat.',
    steps: [
      'Hold one knee with both hands.',
      'Gently pull it towards your chest until you feel a stretch in your lower back.',
      '{hold} Breathe slowly.',
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
    helps: 'Wakes up the core muscles and eases a stiff lower back.',
    illustrationAlt:
      'Two drawings of a person lying on their back with knees bent and feet flat. First, there is a small gap under the lower back. Then the hips tip up a little and the lower back presses flat into the floor.',
    startPosition: 'Lie on your back with your knees bent, your feet flat and your arms by your sides.',
    steps: [
      'Tighten your tummy muscles.',
      'Gently press your lower back into the floor, so your hips tip up a little.',
      '{hold} Breathe slowly.',
      'Relax and let your back go back to its normal curve.',
    ],
    easier: 'Do it standing up, with your back against a wall.',
    harder: 'Hold each tilt for longer, up to 10 seconds.',
    cautions: ['Keep breathing. Do not hold your breath.'],
    stopRules,
  },
  'bird-dog': {
    name: 'Bird-dog',
    helps: 'Trains the core muscles that keep your spine steady when you walk.',
    illustrationAlt:
      'Two drawings. First, a person kneels on hands and knees with a flat back. Then they reach one arm straight forward and the opposite leg straight back, in line with the back.',
    startPosition:
      'Kneel on all fours, with your hands under your shoulders and your knees under your hips. Keep your back flat.',
    steps: [
      'Tighten your tummy muscles a little.',
      'Slowly reach one arm forward and the opposite leg back, until they are in line with your body.',
      '{hold} Do not let your back sag or twist.',
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
    helps: 'Builds strength in the core muscles that support your spine.',
    illustrationAlt:
      'Two drawings. First, a person lies face down, resting on their forearms. Then they lift their body onto their forearms and toes, in a straight line from head to heels.',
    startPosition: 'Lie face down, with your elbows under your shoulders and your forearms on the floor.',
    steps: [
      'Tighten your tummy muscles.',
      'Lift your body onto your forearms and toes, in a straight line from head to heels.',
      '{hold} Breathe slowly.',
      'Lower yourself down gently and rest.',
    ],
    easier: 'Rest on your knees, not your toes. Or stand and lean your forearms on a wall or a table.',
    harder: 'Hold a little longer each week.',
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
      '{hold} Breathe slowly.',
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
      'Two drawings. First, a person lies on their back with one knee bent up and a towel around that foot. Then they hold the towel and straighten that leg up towards the ceiling. The other foot stays flat on the floor.',
    startPosition: 'Lie on your back with both knees bent and your feet flat. Hold a towel in both hands.',
    steps: [
      'Loop the towel around one foot.',
      'Straighten that leg up towards the ceiling until you feel a gentle stretch at the back of the thigh.',
      '{hold} Breathe slowly.',
      'Lower the leg slowly, then switch sides.',
    ],
    easier: 'Keep the knee of the raised leg a little bent.',
    harder: 'Hold a little longer, or keep the other leg straight along the floor.',
    cautions: ['This stretch can bother a sore nerve. Go gently if you have pain down your leg.'],
    sides: ['Right leg', 'Left leg'],
    stopRules,
  },
};
