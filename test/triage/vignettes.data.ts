import type { OptionIdOf, QuestionId, UrgencyId } from '../../src/content/index.js';

/** Answers whose question and option ids the compiler checks against the content. */
export type VignetteAnswers = { [Q in QuestionId]?: OptionIdOf<Q> };

export interface Vignette {
  name: string;
  /** Where the case comes from: the seed article or a line of CLINICAL.md. */
  basis: string;
  answers: VignetteAnswers;
  urgency: UrgencyId;
  /** The factor that should rank first, where one clearly leads. */
  topFactor?: string;
  /** Exactly the warning signs that should be raised, when the case is about them. */
  redFlags?: readonly string[];
  /** Factors that must not be called likely (look-alikes). */
  notLikely?: readonly string[];
  /** Factor id -> note id the factor must carry. */
  notes?: Readonly<Record<string, string>>;
  /** Factors that must not be listed at all. */
  notListed?: readonly string[];
  /** True when a clinician should check before any exercise (possible broken bone, leg circulation). */
  exercisesHeld?: boolean;
  /** Self-care steps the plan must include, and ones it must leave out. */
  selfCare?: { includes?: readonly string[]; excludes?: readonly string[] };
}

/** No warning sign: answers a well person gives to the warning-sign questions. */
export const noWarningSigns = {
  'bladder-bowel': 'no',
  'saddle-numbness': 'no',
  'leg-nerve-symptoms': 'none',
  'both-legs-pain': 'no',
  fever: 'no',
  'infection-risk': 'no',
  'past-drug-injection': 'no',
  'cancer-history': 'no',
  'weight-loss': 'no',
  'night-pain': 'no',
  age: '20-to-49',
  'pain-start': 'new-recent',
  injury: 'none',
  'pain-course': 'easing',
} as const satisfies VignetteAnswers;

/** Harmless answers to every walking and background question. */
const harmless = {
  'legs-involved': 'none',
  'shopping-cart': 'no',
  'walk-onset': 'not-sure',
  'load-worse': 'neither',
  'sitting-most-of-day': 'no',
  'hip-tightness': 'no',
  'hamstring-tightness': 'no',
  'core-exercise': 'regularly',
  'foot-roll': 'no',
  'walking-posture': 'upright',
  shoes: 'supportive',
} as const satisfies VignetteAnswers;

export const vignettes: readonly Vignette[] = [
  // ---- Emergency signs (cauda equina, cord, major trauma) ----
  {
    name: 'new bladder problems with back pain after walking',
    basis: 'seed: sudden loss of bladder or bowel control needs emergency care',
    answers: { 'bladder-bowel': 'yes' },
    urgency: 'emergency',
    redFlags: ['bladder-bowel-change'],
  },
  {
    name: 'numbness around the back passage, nothing else wrong',
    basis: 'CLINICAL.md: saddle numbness, cauda equina card',
    answers: { ...noWarningSigns, 'saddle-numbness': 'yes' },
    urgency: 'emergency',
    redFlags: ['saddle-numbness'],
  },
  {
    name: 'both legs getting weak fast',
    basis: 'CLINICAL.md: weakness in both legs, GIRFT CES pathway',
    answers: { 'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'new-both-legs' },
    urgency: 'emergency',
    redFlags: ['new-both-legs'],
  },
  {
    name: 'sudden sharp pain down both legs, no numbness or weakness',
    basis: 'issue 23: SBNS and BASS 2018 list sudden pain down both legs as a cauda equina warning sign',
    answers: { ...noWarningSigns, 'both-legs-pain': 'yes' },
    urgency: 'emergency',
    redFlags: ['both-legs-pain'],
  },
  {
    name: 'back pain after a car crash',
    basis: 'CLINICAL.md: major trauma is an emergency (NICE CKS)',
    answers: { ...noWarningSigns, injury: 'major-trauma' },
    urgency: 'emergency',
    redFlags: ['major-trauma'],
  },
  {
    name: 'bladder change plus every harmless answer',
    basis: 'issue 2: an emergency sign plus harmless answers is still an emergency',
    answers: { ...noWarningSigns, ...harmless, 'bladder-bowel': 'yes' },
    urgency: 'emergency',
    redFlags: ['bladder-bowel-change'],
  },
  {
    // Before issue 8 this case listed spinal stenosis as its top factor; an emergency result now shows
    // the emergency only (the factors wait for the clinician who sees the person today).
    name: 'saddle numbness in someone with a classic narrow-spine walk',
    basis: 'CLINICAL.md: emergency signs alone always raise urgency to emergency; issue 8: the emergency only',
    answers: {
      'saddle-numbness': 'yes',
      age: '60-or-over',
      'legs-involved': 'both-legs',
      'leg-location': 'buttock-or-thigh',
      'standing-brings-on': 'yes',
      'what-eases': 'sitting-or-bending',
      'shopping-cart': 'yes',
    },
    urgency: 'emergency',
    notListed: ['spinal-stenosis'],
  },
  {
    name: 'new pain, numbness and tingling in both legs, not changing fast',
    basis: 'GIRFT suspected CES pathway 2023 (CSP 2024): new leg symptoms in both legs go to an emergency department now',
    answers: { ...noWarningSigns, 'leg-nerve-symptoms': 'new-both-legs' },
    urgency: 'emergency',
    redFlags: ['new-both-legs'],
  },
  {
    // Before issue 23 any new symptoms in both legs, however long ago they began, gave an emergency.
    name: 'aged 70, months of tingling in both legs that is not getting worse',
    basis: 'issue 23: GIRFT pathway (CSP 2024): both legs for more than about 2 weeks is an urgent referral',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over', 'pain-start': 'long-standing', 'leg-nerve-symptoms': 'both-legs-weeks', 'foot-drop': 'no' },
    urgency: 'urgent',
    redFlags: ['both-legs-weeks'],
  },
  {
    name: 'not sure about new pain in both legs',
    basis: 'issue 23: unsure about an emergency sign is checked today, as for the other cauda equina signs',
    answers: { ...noWarningSigns, ...harmless, 'both-legs-pain': 'not-sure' },
    urgency: 'urgent',
    redFlags: ['both-legs-pain-unsure'],
  },

  // ---- Urgent signs ----
  {
    name: 'new tingling and weakness in one leg, shooting below the knee',
    basis: 'seed: new or progressive weakness, numbness or tingling should be assessed promptly',
    answers: {
      ...noWarningSigns,
      'leg-nerve-symptoms': 'new-one-leg',
      'foot-drop': 'no',
      'legs-involved': 'one-leg',
      'leg-location': 'below-knee',
      'leg-feeling': 'sharp-burning-tingling',
    },
    urgency: 'urgent',
    topFactor: 'sciatica',
    redFlags: ['new-leg-nerve-symptoms'],
  },
  {
    name: 'old leg tingling, but now the foot catches on the ground',
    basis: 'CLINICAL.md: foot drop, nerve root compression (NICE CKS sciatica)',
    answers: { ...noWarningSigns, 'leg-nerve-symptoms': 'long-standing', 'foot-drop': 'yes' },
    urgency: 'urgent',
    redFlags: ['foot-drop'],
  },
  {
    name: 'back pain with fever and chills',
    basis: 'CLINICAL.md: fever, spinal infection (NICE NG59 1.1.1)',
    answers: { ...noWarningSigns, fever: 'yes' },
    urgency: 'urgent',
    redFlags: ['fever'],
  },
  {
    name: 'injects drugs, no fever',
    basis: 'CLINICAL.md: IV drug use or weak immune system, spinal infection',
    answers: { ...noWarningSigns, 'infection-risk': 'yes' },
    urgency: 'urgent',
    redFlags: ['infection-risk'],
  },
  {
    name: 'injected drugs years ago, nothing else',
    basis: 'issue 23: a single weak flag predicts poorly (Verhagen 2016; IFOMPT 2020): an appointment',
    answers: { ...noWarningSigns, ...harmless, 'past-drug-injection': 'yes' },
    urgency: 'routine',
    redFlags: ['past-drug-injection'],
  },
  {
    name: 'injected drugs years ago, now a fever',
    basis: 'issue 23: a weak flag with another flag is urgent (NICE CKS: spinal infection)',
    answers: { ...noWarningSigns, ...harmless, 'past-drug-injection': 'yes', fever: 'yes' },
    urgency: 'urgent',
    redFlags: ['past-drug-injection', 'fever'],
  },
  {
    name: 'had breast cancer five years ago',
    basis: 'CLINICAL.md: history of cancer (NICE NG59, Verhagen 2016)',
    answers: { ...noWarningSigns, 'cancer-history': 'yes' },
    urgency: 'urgent',
    redFlags: ['cancer-history'],
  },
  {
    name: 'aged 60+ with back pain and weight loss',
    basis: 'CLINICAL.md: NICE NG12, age 60+ with back pain and weight loss warrants urgent investigation',
    answers: { ...noWarningSigns, age: '60-or-over', 'weight-loss': 'yes' },
    urgency: 'urgent',
    redFlags: ['weight-loss', 'weight-loss-over-60', 'age-over-50'],
  },
  {
    // Before issue 23 this gave routine: age counted only for new pain.
    name: 'aged 60+, back pain for years, losing weight without trying',
    basis: 'issue 23: NICE NG12, back pain and weight loss at 60 or over: a scan within 2 weeks, whenever the pain began',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over', 'pain-start': 'long-standing', 'weight-loss': 'yes' },
    urgency: 'urgent',
    redFlags: ['weight-loss', 'weight-loss-over-60'],
  },
  {
    name: 'pain at night with a fever',
    basis: 'CLINICAL.md: combination logic, flags together',
    answers: { ...noWarningSigns, 'night-pain': 'yes', fever: 'yes' },
    urgency: 'urgent',
    redFlags: ['fever', 'night-pain'],
  },
  {
    name: 'teenager with pain at night',
    basis: 'CLINICAL.md: under 20 combined with another flag',
    answers: { ...noWarningSigns, age: 'under-20', 'night-pain': 'yes' },
    urgency: 'urgent',
    redFlags: ['night-pain', 'age-under-20'],
  },
  {
    name: 'aged 55 with pain at night (weak flag plus another flag)',
    basis: 'CLINICAL.md: new pain over 50 combined with another flag',
    answers: { ...noWarningSigns, age: '50-to-59', 'night-pain': 'yes' },
    urgency: 'urgent',
    redFlags: ['night-pain', 'age-over-50'],
  },
  {
    name: 'fell down the stairs last week',
    basis: 'CLINICAL.md: significant fall, fracture (NICE CKS)',
    answers: { ...noWarningSigns, injury: 'significant-fall', 'bone-risk': 'no' },
    urgency: 'urgent',
    redFlags: ['significant-fall'],
    exercisesHeld: true,
  },
  {
    name: 'small knock while on long-term steroids',
    basis: 'CLINICAL.md: minor injury with osteoporosis or long-term steroid use',
    answers: { ...noWarningSigns, injury: 'minor-injury', 'bone-risk': 'yes' },
    urgency: 'urgent',
    redFlags: ['minor-injury-weak-bones'],
    exercisesHeld: true,
  },
  {
    name: 'pain getting worse and losing weight',
    basis: 'CLINICAL.md: worsening pain is urgent when combined with other flags',
    answers: { ...noWarningSigns, 'pain-course': 'getting-worse', 'weight-loss': 'yes' },
    urgency: 'urgent',
    redFlags: ['weight-loss', 'pain-not-easing'],
  },
  {
    name: 'not sure about bladder changes',
    basis: 'CLINICAL.md: someone unsure about an emergency sign is checked today',
    answers: { ...noWarningSigns, 'bladder-bowel': 'not-sure' },
    urgency: 'urgent',
    redFlags: ['bladder-bowel-unsure'],
  },
  {
    name: 'not sure about numbness between the legs',
    basis: 'CLINICAL.md: saddle numbness, unsure',
    answers: { ...noWarningSigns, 'saddle-numbness': 'not-sure' },
    urgency: 'urgent',
    redFlags: ['saddle-numbness-unsure'],
  },
  {
    name: 'not sure about leg weakness',
    basis: 'CLINICAL.md: leg weakness may be in both legs (emergency), so unsure is checked today',
    answers: { ...noWarningSigns, 'leg-nerve-symptoms': 'not-sure', 'foot-drop': 'no' },
    urgency: 'urgent',
    redFlags: ['leg-nerve-symptoms-unsure'],
  },

  // ---- Unsure about a sign that needs a doctor on its own: never self-care (issue 8) ----
  {
    name: 'aged 60+, a small knock, not sure about weak bones',
    basis: 'issue 8: unsure about a sign that needs a doctor is at least an appointment; NICE CKS fragility fracture',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over', injury: 'minor-injury', 'bone-risk': 'not-sure' },
    urgency: 'routine',
    redFlags: ['minor-injury-bone-risk-unsure'],
    exercisesHeld: true,
  },
  {
    name: 'not sure about a fever',
    basis: 'issue 8; CLINICAL.md: fever, spinal infection',
    answers: { ...noWarningSigns, ...harmless, fever: 'not-sure' },
    urgency: 'routine',
    redFlags: ['fever-unsure'],
  },
  {
    name: 'not sure about what raises the risk of infection',
    basis: 'issue 8; CLINICAL.md: IV drug use, weak immune system, recent infection',
    answers: { ...noWarningSigns, ...harmless, 'infection-risk': 'not-sure' },
    urgency: 'routine',
    redFlags: ['infection-risk-unsure'],
  },
  {
    name: 'not sure about a past cancer',
    basis: 'issue 8; CLINICAL.md: history of cancer',
    answers: { ...noWarningSigns, ...harmless, 'cancer-history': 'not-sure' },
    urgency: 'routine',
    redFlags: ['cancer-history-unsure'],
  },
  {
    name: 'not sure about losing weight, aged 60+ with new pain',
    basis: 'issue 8: an unsure answer asks for a check but does not make age count as a second sign',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over', 'weight-loss': 'not-sure' },
    urgency: 'routine',
    redFlags: ['weight-loss-unsure'],
  },
  {
    name: 'not sure whether the pain eases at night',
    basis: 'issue 8; CLINICAL.md: pain at night or at rest',
    answers: { ...noWarningSigns, ...harmless, 'night-pain': 'not-sure' },
    urgency: 'routine',
    redFlags: ['night-pain-unsure'],
  },
  {
    name: 'long-standing leg tingling, not sure about a foot catching',
    basis: 'issue 8; CLINICAL.md: foot drop, nerve root compression',
    answers: { ...noWarningSigns, ...harmless, 'leg-nerve-symptoms': 'long-standing', 'foot-drop': 'not-sure' },
    urgency: 'routine',
    redFlags: ['foot-drop-unsure'],
  },

  // ---- Routine and weak flags ----
  {
    // Before issue 8 any age over 50 counted as the second sign, so this gave "See a doctor today".
    name: 'aged 60+, back pain for years, not getting better with home care',
    basis: 'CLINICAL.md: NEW pain over 50 combined with another flag; issue 8 defect 1',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over', 'pain-start': 'long-standing', 'pain-course': 'not-easing' },
    urgency: 'routine',
    redFlags: ['pain-not-easing'],
    selfCare: { includes: ['heat-for-stiffness'], excludes: ['cold-then-heat'] },
  },
  {
    // Before issue 23 each counted as the other's second sign, so this gave "See a doctor today".
    name: 'aged 60+, new back pain that is not getting better',
    basis: 'issue 23: NICE NG59/CKS red-flag lists and NG12: new pain over 50 alone asks for a GP assessment',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over', 'pain-start': 'new-months', 'pain-course': 'not-easing' },
    urgency: 'routine',
    redFlags: ['pain-not-easing'],
  },
  {
    name: 'aged 55, new back pain for 2 months, about the same',
    basis: 'issue 23: persisting pain and new pain over 50 are one weak sign together: a GP assessment',
    answers: { ...noWarningSigns, ...harmless, age: '50-to-59', 'pain-start': 'new-months', 'pain-course': 'about-the-same' },
    urgency: 'routine',
    redFlags: ['pain-persisting'],
  },
  {
    name: 'aged 60+, new back pain not getting better, and pain at night',
    basis: 'CLINICAL.md: new pain over 50 combined with another flag (night pain) is urgent',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over', 'pain-start': 'new-months', 'pain-course': 'not-easing', 'night-pain': 'yes' },
    urgency: 'urgent',
    redFlags: ['pain-not-easing', 'night-pain', 'age-over-50'],
  },
  {
    // Before issue 23 this gave self-care.
    name: 'aged 55, about the same for months',
    basis: 'issue 23; seed: pain that persists despite self-care warrants a consultation; NICE NG59: most new pain settles in 6 weeks',
    answers: { ...noWarningSigns, ...harmless, age: '50-to-59', 'pain-start': 'long-standing', 'pain-course': 'about-the-same' },
    urgency: 'routine',
    redFlags: ['pain-persisting'],
  },
  {
    name: 'new back pain for 3 weeks, about the same',
    basis: 'NICE NG59: most new back pain settles within 6 weeks, so home care first',
    answers: { ...noWarningSigns, ...harmless, 'pain-start': 'new-recent', 'pain-course': 'about-the-same' },
    urgency: 'self-care',
    redFlags: [],
  },
  {
    name: 'pain that comes and goes, had it before',
    basis: 'issue 8 defect 2; seed: cold first after a flare-up',
    answers: { ...noWarningSigns, ...harmless, 'pain-start': 'returning', 'pain-course': 'comes-and-goes' },
    urgency: 'self-care',
    redFlags: [],
    selfCare: { includes: ['cold-then-heat'], excludes: ['heat-for-stiffness'] },
  },
  {
    name: 'pain not easing after weeks of home care',
    basis: 'seed: pain that does not subside with rest or home care warrants a consultation',
    answers: { ...noWarningSigns, ...harmless, 'pain-course': 'not-easing' },
    urgency: 'routine',
    redFlags: ['pain-not-easing'],
  },
  {
    name: 'lost weight without trying, nothing else',
    basis: 'CLINICAL.md: unexplained weight loss (a weak flag alone: routine)',
    answers: { ...noWarningSigns, 'weight-loss': 'yes' },
    urgency: 'routine',
    redFlags: ['weight-loss'],
  },
  {
    name: 'pain at night that does not ease, nothing else',
    basis: 'CLINICAL.md: night pain alone has poor accuracy (Verhagen 2016)',
    answers: { ...noWarningSigns, 'night-pain': 'yes' },
    urgency: 'routine',
    redFlags: ['night-pain'],
  },
  {
    name: 'aged 60+ and nothing else (age alone)',
    basis: 'CLINICAL.md: age alone must not raise urgency',
    answers: { ...noWarningSigns, ...harmless, age: '60-or-over' },
    urgency: 'self-care',
    redFlags: [],
  },
  {
    name: 'aged 16 and nothing else (age alone)',
    basis: 'CLINICAL.md: age alone must not raise urgency',
    answers: { ...noWarningSigns, ...harmless, age: 'under-20' },
    urgency: 'self-care',
    redFlags: [],
  },
  {
    name: 'small knock with strong bones',
    basis: 'CLINICAL.md: only a minor injury with weak bones is a fracture flag',
    answers: { ...noWarningSigns, injury: 'minor-injury', 'bone-risk': 'no' },
    urgency: 'self-care',
    redFlags: [],
  },

  // ---- Walking discriminators ----
  {
    name: 'older walker eased by sitting and by a shopping cart',
    basis: 'seed and CLINICAL.md: neurogenic claudication, shopping-cart sign (Nadeau LR+ ~13)',
    answers: {
      ...noWarningSigns,
      age: '60-or-over',
      'legs-involved': 'both-legs',
      'leg-location': 'buttock-or-thigh',
      'leg-feeling': 'heavy-tired',
      'standing-brings-on': 'yes',
      'what-eases': 'sitting-or-bending',
      'shopping-cart': 'yes',
    },
    urgency: 'routine',
    topFactor: 'spinal-stenosis',
  },
  {
    name: 'smoker with calf cramps at the same distance, eased by standing still',
    basis: 'CLINICAL.md: vascular claudication look-alike (calf pain eased by standing still, LR+ ~20)',
    answers: {
      ...noWarningSigns,
      age: '60-or-over',
      'legs-involved': 'one-leg',
      'leg-location': 'calf-cramp',
      'standing-brings-on': 'no',
      'what-eases': 'standing-still',
      'shopping-cart': 'no',
      'circulation-risk': 'yes',
      'walk-onset': 'same-distance',
    },
    urgency: 'routine',
    topFactor: 'leg-circulation',
    notLikely: ['spinal-stenosis'],
    notes: { 'spinal-stenosis': 'check-circulation' },
    // NICE CG147: supervised walking, and no back exercises until the circulation is checked.
    exercisesHeld: true,
    selfCare: { includes: ['walking-for-circulation'], excludes: ['pace-your-walks'] },
  },
  {
    name: 'the pain starts at the same distance, but only in the back',
    basis: 'issue 8 defect 4; CLINICAL.md: vascular claudication is leg pain',
    answers: { ...noWarningSigns, ...harmless, 'walk-onset': 'same-distance' },
    urgency: 'self-care',
    notListed: ['leg-circulation'],
  },
  {
    name: 'narrow-spine answers, but relief comes from standing still',
    basis: 'issue 2: relief from standing still must not name spinal stenosis with confidence',
    answers: {
      ...noWarningSigns,
      age: '60-or-over',
      'legs-involved': 'both-legs',
      'leg-location': 'buttock-or-thigh',
      'standing-brings-on': 'yes',
      'what-eases': 'standing-still',
      'shopping-cart': 'yes',
    },
    urgency: 'routine',
    notLikely: ['spinal-stenosis'],
    notes: { 'spinal-stenosis': 'check-circulation' },
    // Issue 23: no back exercises while any factor asks for a circulation check.
    exercisesHeld: true,
  },
  {
    name: 'calf pain in a smoker, eased by sitting',
    basis: 'issue 2: calf pain in a smoker must not name spinal stenosis with confidence',
    answers: {
      ...noWarningSigns,
      age: '60-or-over',
      'legs-involved': 'both-legs',
      'leg-location': 'calf-cramp',
      'standing-brings-on': 'yes',
      'what-eases': 'sitting-or-bending',
      'shopping-cart': 'yes',
      'circulation-risk': 'yes',
    },
    urgency: 'routine',
    topFactor: 'spinal-stenosis',
    notLikely: ['spinal-stenosis'],
    notes: { 'spinal-stenosis': 'check-circulation' },
    exercisesHeld: true,
  },
  {
    // Before issue 23 the "yes" counted against poor circulation and this gave self-care (the review's case).
    name: 'one-leg thigh cramps at the same distance, easier leaning on a trolley',
    basis: 'issue 23: no "yes" lowers urgency; a narrow-spine sign does not rule out poor circulation (Nadeau 2013)',
    answers: {
      ...noWarningSigns,
      'pain-start': 'long-standing',
      'legs-involved': 'one-leg',
      'leg-location': 'buttock-or-thigh',
      'what-eases': 'nothing',
      'standing-brings-on': 'no',
      'walk-onset': 'same-distance',
      'leg-feeling': 'cramping',
      'load-worse': 'carrying',
      'shopping-cart': 'yes',
    },
    urgency: 'routine',
    exercisesHeld: true,
  },
  {
    name: 'leg pain never brought on by standing',
    basis: 'CLINICAL.md: pain not triggered by standing makes stenosis very unlikely (LR- 0.05)',
    answers: {
      ...noWarningSigns,
      'legs-involved': 'both-legs',
      'leg-location': 'buttock-or-thigh',
      'leg-feeling': 'heavy-tired',
      'standing-brings-on': 'no',
      'what-eases': 'nothing',
      'shopping-cart': 'no',
    },
    urgency: 'self-care',
    notLikely: ['spinal-stenosis'],
  },
  {
    name: 'long-standing sharp pain down one leg below the knee',
    basis: 'seed: sciatica, sharp, burning or tingling pain down one leg',
    answers: {
      ...noWarningSigns,
      'leg-nerve-symptoms': 'long-standing',
      'foot-drop': 'no',
      'legs-involved': 'one-leg',
      'leg-location': 'below-knee',
      'leg-feeling': 'sharp-burning-tingling',
      'circulation-risk': 'no',
    },
    urgency: 'self-care',
    topFactor: 'sciatica',
    redFlags: [],
  },
  {
    name: 'heavy bags make it worse on longer walks',
    basis: 'seed: degenerative disc disease, mechanical pain worse with load',
    answers: {
      ...noWarningSigns,
      ...harmless,
      age: '50-to-59',
      'load-worse': 'carrying',
      'walk-onset': 'builds-gradually',
    },
    urgency: 'self-care',
    topFactor: 'degenerative-disc',
  },
  {
    name: 'aged 25, worn-out shoes, aches after long days on their feet',
    basis: 'issue 8 defect 7: footwear leads when nothing else points elsewhere; disc wear is rarer when young',
    answers: {
      ...noWarningSigns,
      ...harmless,
      shoes: 'worn-out',
      'load-worse': 'on-feet',
      'walk-onset': 'builds-gradually',
    },
    urgency: 'self-care',
    topFactor: 'footwear',
    notLikely: ['degenerative-disc'],
  },
  {
    name: 'aged 25, good cushioned shoes, aches after long days on their feet',
    basis: 'issue 23: long hours on your feet say nothing against shoes that are supportive (seed: worn shoes)',
    answers: { ...noWarningSigns, ...harmless, shoes: 'supportive', 'load-worse': 'on-feet', 'walk-onset': 'builds-gradually' },
    urgency: 'self-care',
    notLikely: ['footwear'],
  },

  // ---- Muscles, gait, posture, footwear ----
  {
    name: 'office worker, no core exercise, dull ache that builds on a walk',
    basis: 'seed: weak deep core, back muscles overcompensate, ache builds as the walk goes on',
    answers: {
      ...noWarningSigns,
      'legs-involved': 'none',
      'walk-onset': 'builds-gradually',
      'core-exercise': 'rarely',
      'load-worse': 'neither',
    },
    urgency: 'self-care',
    topFactor: 'weak-core',
  },
  {
    name: 'sits all day, tight fronts of the hips, arched lower back',
    basis: 'seed: tight hip flexors from prolonged sitting, anterior pelvic tilt, hyperlordosis',
    answers: {
      ...noWarningSigns,
      ...harmless,
      'sitting-most-of-day': 'yes',
      'hip-tightness': 'yes',
      'core-exercise': 'regularly',
    },
    urgency: 'self-care',
    topFactor: 'tight-hip-flexors',
  },
  {
    name: 'tight backs of the thighs',
    basis: 'seed: tight hamstrings interfere with a smooth gait',
    answers: { ...noWarningSigns, ...harmless, 'hamstring-tightness': 'yes' },
    urgency: 'self-care',
    topFactor: 'tight-hamstrings',
  },
  {
    name: 'feet roll inward when walking, good shoes',
    basis: 'seed: gait, overpronation',
    answers: { ...noWarningSigns, ...harmless, 'foot-roll': 'roll-in' },
    urgency: 'self-care',
    topFactor: 'gait',
    // The gait factor asks for shoe tips, but this person already walks in supportive shoes.
    selfCare: { excludes: ['footwear-tips'] },
  },
  {
    name: 'walks with a forward lean',
    basis: 'seed: walking posture, excessive forward lean',
    answers: { ...noWarningSigns, ...harmless, 'walking-posture': 'lean-forward' },
    urgency: 'self-care',
    topFactor: 'walking-posture',
  },
  {
    name: 'walks to work in high heels',
    basis: 'seed: footwear, high heels and no arch support',
    answers: { ...noWarningSigns, ...harmless, shoes: 'high-heels' },
    urgency: 'self-care',
    topFactor: 'footwear',
  },
  {
    name: 'worn-out trainers on long walks',
    basis: 'seed: worn-out cushioning passes the shock to the spine',
    answers: { ...noWarningSigns, ...harmless, shoes: 'worn-out' },
    urgency: 'self-care',
    topFactor: 'footwear',
  },
  {
    name: 'no warning signs and nothing stands out',
    basis: 'CLINICAL.md: self-care when nothing is found',
    answers: { ...noWarningSigns, ...harmless },
    urgency: 'self-care',
    redFlags: [],
  },
];
