import type { KnownRedFlagRule, RedFlagRule } from './types.js';
import { deepFreeze } from './deep-freeze.js';

const cesSources = <const>['seed-article', 'ces-card', 'girft-ces-2023'];
/** The signs about pain that lasts: with new pain at an age that counts, still one weak sign. */
const painThatLasts = <const>['pain-not-easing', 'pain-persisting'];

/**
 * Warning signs (CLINICAL.md red-flag table). Most single flags predict serious
 * disease poorly and over 80 % of people with back pain have one (Verhagen
 * 2016; IFOMPT 2020), so weak flags raise urgency only together with another
 * flag, while any emergency sign alone always gives `emergency`.
 */
const redFlagData = <const>[
  {
    id: 'bladder-bowel-change',
    suspect: 'cauda-equina',
    when: { question: 'bladder-bowel', anyOf: ['yes'] },
    urgencyAlone: 'emergency',
    urgencyWithOthers: 'emergency',
    sources: cesSources,
  },
  {
    // A person unsure about an emergency sign should be checked today, not told to wait.
    id: 'bladder-bowel-unsure',
    suspect: 'cauda-equina',
    when: { question: 'bladder-bowel', anyOf: ['not-sure'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    unsure: true,
    sources: cesSources,
  },
  {
    id: 'saddle-numbness',
    suspect: 'cauda-equina',
    when: { question: 'saddle-numbness', anyOf: ['yes'] },
    urgencyAlone: 'emergency',
    urgencyWithOthers: 'emergency',
    sources: ['ces-card', 'girft-ces-2023'],
  },
  {
    // A person unsure about an emergency sign should be checked today, not told to wait.
    id: 'saddle-numbness-unsure',
    suspect: 'cauda-equina',
    when: { question: 'saddle-numbness', anyOf: ['not-sure'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    unsure: true,
    sources: ['ces-card', 'girft-ces-2023'],
  },
  {
    // GIRFT's pathway, as the CSP (2024) sums it up: new-onset symptoms in both legs, or worsening ones,
    // are suspected cauda equina: an emergency department now.
    id: 'new-both-legs',
    suspect: 'cauda-equina',
    when: { question: 'leg-nerve-symptoms', anyOf: ['new-both-legs'] },
    urgencyAlone: 'emergency',
    urgencyWithOthers: 'emergency',
    sources: ['girft-ces-2023', 'csp-girft-ces-2024', 'ces-card'],
  },
  {
    // The same pathway: symptoms in both legs for more than about 2 weeks, and not changing, need an
    // urgent referral and scan, not an emergency department.
    id: 'both-legs-weeks',
    suspect: 'cauda-equina',
    when: { question: 'leg-nerve-symptoms', anyOf: ['both-legs-weeks'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    sources: ['girft-ces-2023', 'csp-girft-ces-2024'],
  },
  {
    // UK spine surgeons' standards list sudden pain shooting down both legs as a cauda equina warning sign.
    id: 'both-legs-pain',
    suspect: 'cauda-equina',
    when: { question: 'both-legs-pain', anyOf: ['yes'] },
    urgencyAlone: 'emergency',
    urgencyWithOthers: 'emergency',
    sources: ['sbns-bass-ces-2018', 'girft-ces-2023', 'ces-card'],
  },
  {
    // A person unsure about an emergency sign should be checked today, not told to wait.
    id: 'both-legs-pain-unsure',
    suspect: 'cauda-equina',
    when: { question: 'both-legs-pain', anyOf: ['not-sure'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    unsure: true,
    sources: ['sbns-bass-ces-2018', 'girft-ces-2023'],
  },
  {
    id: 'new-leg-nerve-symptoms',
    suspect: 'nerve-root-compression',
    when: { question: 'leg-nerve-symptoms', anyOf: ['new-one-leg'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    sources: ['seed-article', 'nice-cks-sciatica', 'nice-cks-back-pain'],
  },
  {
    // The options include an emergency sign (both legs), so unsure means: be checked today.
    id: 'leg-nerve-symptoms-unsure',
    suspect: 'nerve-root-compression',
    when: { question: 'leg-nerve-symptoms', anyOf: ['not-sure'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    unsure: true,
    sources: ['seed-article', 'girft-ces-2023'],
  },
  {
    id: 'foot-drop',
    suspect: 'nerve-root-compression',
    when: { question: 'foot-drop', anyOf: ['yes'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    sources: ['seed-article', 'nice-cks-sciatica'],
  },
  {
    // Unsure about a sign that needs a doctor on its own: never self-care, but a check, not an emergency.
    id: 'foot-drop-unsure',
    suspect: 'nerve-root-compression',
    when: { question: 'foot-drop', anyOf: ['not-sure'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    sources: ['seed-article', 'nice-cks-sciatica'],
  },
  {
    id: 'fever',
    suspect: 'spinal-infection',
    when: { question: 'fever', anyOf: ['yes'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    sources: ['nice-cks-back-pain', 'nice-ng59'],
  },
  {
    id: 'fever-unsure',
    suspect: 'spinal-infection',
    when: { question: 'fever', anyOf: ['not-sure'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    sources: ['nice-cks-back-pain', 'nice-ng59'],
  },
  {
    id: 'infection-risk',
    suspect: 'spinal-infection',
    when: { question: 'infection-risk', anyOf: ['yes'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    sources: ['nice-cks-back-pain', 'nice-ng59'],
  },
  {
    id: 'infection-risk-unsure',
    suspect: 'spinal-infection',
    when: { question: 'infection-risk', anyOf: ['not-sure'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    sources: ['nice-cks-back-pain', 'nice-ng59'],
  },
  {
    // A single weak flag predicts serious disease poorly (Verhagen 2016; IFOMPT 2020): past injecting
    // alone asks for an appointment, and today only next to another sign.
    id: 'past-drug-injection',
    suspect: 'spinal-infection',
    when: { question: 'past-drug-injection', anyOf: ['yes'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'urgent',
    sources: ['nice-cks-back-pain', 'verhagen-2016', 'ifompt-finucane-2020'],
  },
  {
    id: 'past-drug-injection-unsure',
    suspect: 'spinal-infection',
    when: { question: 'past-drug-injection', anyOf: ['not-sure'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    sources: ['nice-cks-back-pain', 'verhagen-2016'],
  },
  {
    // Past cancer is the one cancer flag with useful accuracy on its own (Verhagen 2016).
    id: 'cancer-history',
    suspect: 'cancer',
    when: { question: 'cancer-history', anyOf: ['yes'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    sources: ['nice-ng59', 'nice-cks-back-pain', 'verhagen-2016'],
  },
  {
    id: 'cancer-history-unsure',
    suspect: 'cancer',
    when: { question: 'cancer-history', anyOf: ['not-sure'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    sources: ['nice-ng59', 'nice-cks-back-pain'],
  },
  {
    id: 'weight-loss',
    suspect: 'cancer',
    when: { question: 'weight-loss', anyOf: ['yes'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'urgent',
    sources: ['nice-ng59', 'nice-ng12', 'nice-cks-back-pain'],
  },
  {
    // NICE NG12 (pancreatic cancer): back pain and weight loss at 60 or over ask for a scan within 2 weeks,
    // whenever the pain began. CLINICAL.md calls that urgent; our "routine" (1 or 2 weeks) could miss the
    // 2 weeks, so the safer of the two: urgent.
    id: 'weight-loss-over-60',
    suspect: 'cancer',
    when: {
      allOf: [
        { question: 'weight-loss', anyOf: ['yes'] },
        { question: 'age', anyOf: ['60-or-over'] },
      ],
    },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    sources: ['nice-ng12'],
  },
  {
    id: 'weight-loss-unsure',
    suspect: 'cancer',
    when: { question: 'weight-loss', anyOf: ['not-sure'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    sources: ['nice-ng59', 'nice-ng12'],
  },
  {
    id: 'night-pain',
    suspect: 'cancer-or-infection',
    when: { question: 'night-pain', anyOf: ['yes'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'urgent',
    sources: ['nice-ng59', 'nice-cks-back-pain', 'ifompt-finucane-2020'],
  },
  {
    id: 'night-pain-unsure',
    suspect: 'cancer-or-infection',
    when: { question: 'night-pain', anyOf: ['not-sure'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    sources: ['nice-ng59', 'nice-cks-back-pain'],
  },
  {
    // Age alone must never raise urgency (Verhagen 2016; IFOMPT 2020), and it counts only for new pain
    // (CLINICAL.md: "new pain over 50 (or under 20)"); unsure when it started, or no answer, counts as new.
    // New pain that is not getting better is the same weak sign said twice: together they ask for a
    // GP's assessment (NICE NG59 and CKS red-flag lists; NG12 has no rule for age and back pain alone).
    id: 'age-under-20',
    suspect: 'serious-spinal-pathology',
    when: {
      allOf: [
        { question: 'age', anyOf: ['under-20'] },
        { question: 'pain-start', anyOf: ['new-recent', 'new-months', 'not-sure'], orUnanswered: true },
      ],
    },
    notASecondSignFor: painThatLasts,
    urgencyAlone: null,
    urgencyWithOthers: 'urgent',
    sources: ['nice-cks-back-pain', 'verhagen-2016', 'ifompt-finucane-2020'],
  },
  {
    id: 'age-over-50',
    suspect: 'cancer',
    when: {
      allOf: [
        { question: 'age', anyOf: ['50-to-59', '60-or-over'] },
        { question: 'pain-start', anyOf: ['new-recent', 'new-months', 'not-sure'], orUnanswered: true },
      ],
    },
    notASecondSignFor: painThatLasts,
    urgencyAlone: null,
    urgencyWithOthers: 'urgent',
    sources: ['nice-cks-back-pain', 'nice-ng12', 'verhagen-2016', 'ifompt-finucane-2020'],
  },
  {
    id: 'major-trauma',
    suspect: 'fracture',
    when: { question: 'injury', anyOf: ['major-trauma'] },
    urgencyAlone: 'emergency',
    urgencyWithOthers: 'emergency',
    sources: ['nice-cks-back-pain'],
  },
  {
    id: 'significant-fall',
    suspect: 'fracture',
    when: { question: 'injury', anyOf: ['significant-fall'] },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    // A possible broken bone: no exercises until it has been checked; gentle movement only.
    holdsExercises: 'wait-for-fracture-check',
    sources: ['nice-cks-back-pain'],
  },
  {
    id: 'minor-injury-weak-bones',
    suspect: 'fracture',
    when: {
      allOf: [
        { question: 'injury', anyOf: ['minor-injury'] },
        { question: 'bone-risk', anyOf: ['yes'] },
      ],
    },
    urgencyAlone: 'urgent',
    urgencyWithOthers: 'urgent',
    // A possible fragility fracture: no loaded bending (knee-to-chest) until it has been checked.
    holdsExercises: 'wait-for-fracture-check',
    sources: ['nice-cks-back-pain', 'nice-cks-osteoporosis'],
  },
  {
    id: 'minor-injury-bone-risk-unsure',
    suspect: 'fracture',
    when: {
      allOf: [
        { question: 'injury', anyOf: ['minor-injury'] },
        { question: 'bone-risk', anyOf: ['not-sure'] },
      ],
    },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'routine',
    unsure: true,
    holdsExercises: 'wait-for-fracture-check',
    sources: ['nice-cks-back-pain', 'nice-cks-osteoporosis'],
  },
  {
    id: 'pain-not-easing',
    suspect: 'unspecified',
    when: { question: 'pain-course', anyOf: ['not-easing', 'getting-worse'] },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'urgent',
    sources: ['seed-article', 'mayo-back-pain'],
  },
  {
    // The seed: pain that persists despite self-care warrants a consultation. Most new back pain settles
    // within 6 weeks (NICE NG59), so "about the same" after that is the same sign. Pain that came back or
    // whose start is unsure may have lasted longer: the safer reading.
    id: 'pain-persisting',
    suspect: 'unspecified',
    when: {
      allOf: [
        { question: 'pain-course', anyOf: ['about-the-same'] },
        { question: 'pain-start', anyOf: ['new-months', 'returning', 'long-standing', 'not-sure'], orUnanswered: true },
      ],
    },
    urgencyAlone: 'routine',
    urgencyWithOthers: 'urgent',
    sources: ['seed-article', 'nice-ng59'],
  },
] satisfies readonly KnownRedFlagRule[];

/** Typed with plain string ids for consumers; the literal ids live in `typeof redFlagData`. */
export const redFlagRules: readonly RedFlagRule[] = /* @__PURE__ */ deepFreeze(redFlagData);
export type { redFlagData };
