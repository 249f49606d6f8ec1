import type { ContentStrings } from '../types.js';
import { emergencyNow } from './en-phrases.js';

export const enFactors: ContentStrings['factors'] = {
  'weak-core': {
    name: 'Weak core muscles',
    whatItIs:
      'Your core muscles are the deep muscles in your tummy and back. They hold your spine steady. Doctors call these the transverse abdominis and the multifidus. When they are weak, the bigger back muscles work too hard to make up for them.',
    howItFeels: 'A dull ache that builds as the walk goes on, as your back muscles get tired.',
    whatHelps: 'Core exercises like the bird-dog and the plank, done a little each day.',
    whenToSeeClinician: 'Is the ache still there after a few weeks of exercise? Then see a physiotherapist.',
  },
  'tight-hip-flexors': {
    name: 'Tight muscles at the front of the hips',
    whatItIs:
      'The hip flexors are the muscles at the front of your hips. Long hours of sitting can make them tight. Then they can tip the pelvis forward and deepen the inward curve of the lower back. This deep curve is called hyperlordosis.',
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
      'Pain, numbness, heavy legs or cramp in the back, buttocks or legs when you stand or walk. It eases fast when you sit down or lean forward, such as on a shopping trolley.',
    whatHelps:
      'Gentle stretches that bend you forward, like the knee-to-chest stretch, and pacing your walks. Leaning on a trolley or a walking stick can help you walk further.',
    whenToSeeClinician:
      `See a doctor or physiotherapist to talk about it. They can decide whether you need a scan. If your legs get weak or your bladder or bowels change, do not wait. ${emergencyNow}`,
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
      'See a doctor or physiotherapist if the pain does not ease. They can decide whether you need a scan. Most people do not need one.',
  },
  gait: {
    name: 'The way you walk',
    whatItIs:
      'The way you walk is called your gait. Your feet may roll in too much (overpronation) or roll out (supination). Then your legs and hips can twist a little with each step, and that twist can strain the lower back.',
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
      'Worn-out shoes lose their cushion, so more jolt from each step can reach your back. Shoes with no arch support, or high heels, can also upset how your feet keep you steady.',
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
    whenToSeeClinician: `Book a doctor's appointment so they can check the blood flow in your legs. If a leg turns cold, pale or numb, do not wait. ${emergencyNow}`,
  },
};
