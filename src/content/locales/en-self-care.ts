import type { ContentStrings } from '../types.js';

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
    body: 'Take shorter walks more often, and rest before the pain builds up. If leaning forward helps, a shopping trolley or a walking stick can help you walk further.',
  },
  'walking-for-circulation': {
    title: 'Keep walking, with a plan from your doctor',
    body: 'Do not give up walking. Once a doctor has checked your blood flow, they may offer a walking exercise plan, often as a class. Walking a little further over some months helps the legs most.',
    note: 'Guidelines advise walking exercise for leg pain from poor blood flow, not resting more.',
  },
  'posture-tips': {
    title: 'Stand and walk tall',
    body: 'Walk tall, with your head up and your shoulders relaxed. Try not to lean forward or arch your lower back a lot. If you sit a lot, get up and move about often.',
    note: 'These tips are for comfort and to help prevent aches.',
  },
  'footwear-tips': {
    title: 'Shoes for comfort',
    body: 'For walking, wear shoes with good cushion and arch support. Replace them when the cushion wears out, and wear high heels only for short times.',
    note: 'Good shoes can make walking more comfortable and help prevent aches. They are not a treatment on their own. Special insoles are not advised as a treatment for back pain.',
  },
};
