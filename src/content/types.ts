/**
 * The shapes of the shared content. Content is data only: ids, conditions and
 * text. The triage engine (src/triage) interprets the conditions; elements
 * render the text. Nothing here may import DOM or Lit: it runs in Node too.
 */
import type { questionData } from './questions.js';
import type { redFlagData } from './red-flags.js';
import type { factorData, factorNotes } from './factors.js';
import type { exerciseData } from './exercises.js';
import type { selfCareData, planCautions } from './self-care.js';
import type { sourceData } from './sources.js';
import type { enUi } from './locales/en-ui.js';

/** Ordered from most to least urgent. */
export const URGENCY_LEVELS = <const>['emergency', 'urgent', 'routine', 'self-care'];
export type UrgencyId = (typeof URGENCY_LEVELS)[number];

/** A published source a rule or a piece of advice rests on. */
export interface Source {
  id: string;
  title: string;
  url?: string;
}

/** Matches when the answer to `question` is one of `anyOf`. */
export interface AnswerCondition {
  question: string;
  anyOf: readonly string[];
  /**
   * Matches too while the question has no answer, as its "I'm not sure" would: for a caller of the
   * engine that leaves out a question the widget always asks. Never used in `askIf`.
   */
  orUnanswered?: boolean;
}

/** Matches when every listed condition matches. */
export type Condition = AnswerCondition | { allOf: readonly AnswerCondition[] };

export interface QuestionOption {
  id: string;
  /** True for the honest "I'm not sure" option. */
  notSure?: boolean;
}

export interface Question {
  id: string;
  /** Red-flag questions come first and are asked of everyone. */
  kind: 'red-flag' | 'walking' | 'background';
  options: readonly QuestionOption[];
  /** Ask only when this matches the answers so far. */
  askIf?: Condition;
  /**
   * Questions with the same page id, next to each other in the asking order, are asked on one page as a
   * checkbox question ("Do you have any of these?"), each answer still its own.
   */
  page?: string;
}

export interface RedFlagRule {
  id: string;
  /** What the sign may point to, for clinicians (e.g. cauda-equina). */
  suspect: string;
  when: Condition;
  /** Urgency when this sign is the only flag; null means it never raises urgency alone. */
  urgencyAlone: UrgencyId | null;
  /** Urgency when at least one other flag is raised too. */
  urgencyWithOthers: UrgencyId;
  /**
   * Raised by an "I'm not sure" answer: it asks for a check, but it is not a sign the person has,
   * so it never makes another sign count as combined.
   */
  unsure?: boolean;
  /**
   * Signs that, with this one, still do not count as two signs (in either direction): two weak signs
   * that together ask only for a doctor's assessment, such as new pain over 50 that is not getting better.
   */
  notASecondSignFor?: readonly string[];
  /** No exercises until a clinician has checked; the caution id (strings.cautions) says why. */
  holdsExercises?: string;
  sources: readonly string[];
}

/** An answer that counts for (positive weight) or against (negative) a factor. */
export interface FactorEvidence {
  when: Condition;
  weight: number;
}

/** Limits how sure the result may sound about a factor when a look-alike is present. */
export interface ConfidenceCap {
  when: Condition;
  maxConfidence: FactorConfidence;
  /** A note id (strings.notes) shown with the factor, e.g. check-circulation. */
  note: string;
  /** When the note asks for a clinician, urgency is at least this. */
  urgency?: UrgencyId;
  /** No exercises while this look-alike is there, whatever the factor's confidence; the caution id says why. */
  holdsExercises?: string;
}

export type FactorConfidence = 'likely' | 'possible' | 'less-likely';

export interface FactorRule {
  id: string;
  /** The factor is considered only when this matches (e.g. poor leg circulation needs leg symptoms). */
  onlyIf?: Condition;
  evidence: readonly FactorEvidence[];
  caps?: readonly ConfidenceCap[];
  exercises: readonly string[];
  selfCare: readonly string[];
  sources: readonly string[];
  /** A clinician should see this factor: urgency is at least `level` once confidence reaches `atConfidence`. */
  urgency?: { level: UrgencyId; atConfidence: FactorConfidence };
  /** No exercises while this factor is at least possible; the caution id (strings.cautions) says why. */
  holdsExercises?: string;
  /** Self-care step ids that contradict the advice for this factor, left out while it is at least possible. */
  leavesOut?: readonly string[];
}

export interface Dose {
  /** Rounds in a set; with `eachSide`, a round is one hold on each side. */
  repetitions: number;
  holdSeconds: number;
  sets: number;
  /** Times a day or a week, as text id in strings.ui (frequency-<id>). */
  frequency: 'daily' | 'twice-daily' | 'most-days';
  /** Done on the right, then the left, in every round (the locale names the sides). */
  eachSide?: boolean;
}

/** Points on the drawn body. Near limbs face the viewer; far limbs are behind the body. */
export type BodyPoint =
  | 'hip'
  | 'waist'
  | 'shoulder'
  | 'head'
  | `${'near' | 'far'}-${'elbow' | 'hand' | 'knee' | 'ankle' | 'toe'}`;

/** The parts the drawing can highlight as moving. */
export type BodyPart = 'head' | 'trunk' | 'pelvis' | `${'near' | 'far'}-${'arm' | 'leg'}`;

/** Angles in degrees as a physiotherapist measures them: 0 is standing straight, flexion is positive. */
export interface ArmAngles {
  shoulder: number;
  elbow: number;
}

export interface LegAngles {
  hip: number;
  knee: number;
  /** Pointing the toes is positive; 0 is the foot at a right angle to the shin. */
  ankle: number;
}

/** One position of the body, as joint angles; the drawing puts it on the floor. */
export interface Pose {
  /** Which way the pelvis points (hip to waist), counter-clockwise from facing forward: 90 upright, 180 lying on the back. */
  pelvis: number;
  /** Forward bend of the lower back; an arch is negative. */
  spine: number;
  neck: number;
  arms: { near: ArmAngles; far: ArmAngles };
  legs: { near: LegAngles; far: LegAngles };
  /** Where the body touches the floor. The first point stays in place from start to end. */
  restsOn: readonly BodyPoint[];
}

/** A drawing as data: the start and end positions of one body, drawn side by side. */
export interface Illustration {
  start: Pose;
  end: Pose;
  /** Highlighted: the parts that move. */
  moving: readonly BodyPart[];
  /** A towel or strap held between two points. */
  strap?: readonly [BodyPoint, BodyPoint];
}

export interface Exercise {
  id: string;
  dose: Dose;
  factors: readonly string[];
  illustration: Illustration;
  sources: readonly string[];
}

export interface SelfCareStep {
  id: string;
  /** In every plan, whatever the factors (the seed's first steps after a flare-up). */
  forEveryone?: boolean;
  /** Only when a leading factor asks for it, never in the general plan for unclear causes. */
  onlyForItsFactor?: boolean;
  /** Shown only when this matches the answers. */
  onlyIf?: Condition;
  /** Left out when this matches the answers (advice that does not fit what the person said). */
  unless?: Condition;
  sources: readonly string[];
}

/** The numbers that bring an ambulance, by region (ISO 3166 codes). */
export interface EmergencyNumbers {
  byRegion: Readonly<Record<string, string>>;
  /** Regions, separated by spaces, where 112 is the number. */
  regionsWith112: string;
  sources: readonly string[];
}

/* ---- Ids derived from the data, so locale files are checked key by key. ---- */
// The tables are written `<const>[...] satisfies ...`: the same literal types as `as const`, which
// StrykerJS 9 does not look inside, so mutation testing (npm run mutation) can change their values.

type QuestionData = (typeof questionData)[number];
export type QuestionId = QuestionData['id'];
/** Pages that ask several questions at once, as a checkbox question. */
export type PageId = Extract<QuestionData, { page: string }>['page'];
export type OptionIdOf<Q extends QuestionId> = Extract<QuestionData, { id: Q }>['options'][number]['id'];
export type RedFlagId = (typeof redFlagData)[number]['id'];
export type FactorId = (typeof factorData)[number]['id'];
export type ExerciseId = (typeof exerciseData)[number]['id'];
export type SelfCareId = (typeof selfCareData)[number]['id'];
export type SourceId = (typeof sourceData)[number]['id'];
export type NoteId = (typeof factorNotes)[number];
export type CautionId = (typeof planCautions)[number];
/** English is the reference locale: its ui keys are the keys every locale needs. */
export type UiKey = keyof typeof enUi;
/** UI strings that hold a count: one key per plural category, `-other` always there. */
export type PluralUiKey = UiKey extends infer K ? (K extends `${infer Base}-other` ? Base : never) : never;

/** A condition whose question and option ids are checked by the compiler. */
export type KnownAnswerCondition = {
  [Q in QuestionId]: { question: Q; anyOf: readonly OptionIdOf<Q>[]; orUnanswered?: boolean };
}[QuestionId];
export type KnownCondition = KnownAnswerCondition | { allOf: readonly KnownAnswerCondition[] };

/** Rule shapes whose ids the compiler checks against the data (see red-flags.ts, factors.ts). */
export type KnownRedFlagRule = Omit<RedFlagRule, 'when' | 'sources' | 'holdsExercises'> & {
  when: KnownCondition;
  holdsExercises?: CautionId;
  sources: readonly SourceId[];
};
export type KnownFactorRule = Omit<
  FactorRule,
  'onlyIf' | 'evidence' | 'caps' | 'exercises' | 'selfCare' | 'sources' | 'holdsExercises' | 'leavesOut'
> & {
  onlyIf?: KnownCondition;
  leavesOut?: readonly SelfCareId[];
  holdsExercises?: CautionId;
  evidence: readonly { when: KnownCondition; weight: number }[];
  caps?: readonly {
    when: KnownCondition;
    maxConfidence: FactorConfidence;
    note: NoteId;
    urgency?: UrgencyId;
    holdsExercises?: CautionId;
  }[];
  exercises: readonly ExerciseId[];
  selfCare: readonly SelfCareId[];
  sources: readonly SourceId[];
};
export type KnownSelfCareStep = Omit<SelfCareStep, 'onlyIf' | 'unless' | 'sources'> & {
  onlyIf?: KnownCondition;
  unless?: KnownCondition;
  sources: readonly SourceId[];
};

/**
 * Every literal id is required, and lookup by any string still type-checks
 * (the engine and elements index by ids they read at run time).
 */
export type Keyed<K extends string, V> = { readonly [P in K]: V } & Readonly<Record<string, V>>;

export interface QuestionStrings<O extends string = string> {
  text: string;
  /** Extra plain words under the question. */
  hint?: string;
  /** Why we ask, for people who wonder. */
  why: string;
  options: Keyed<O, string>;
  /** The sign in a few words: its item on a checkbox page (questions with a `page`). */
  sign?: string;
}

/** A checkbox page's own heading, hint and "why we ask". */
export interface PageStrings {
  text: string;
  hint?: string;
  why: string;
}

export interface ExerciseStrings {
  name: string;
  helps: string;
  illustrationAlt: string;
  startPosition: string;
  steps: readonly string[];
  easier: string;
  harder: string;
  cautions: readonly string[];
  stopRules: readonly string[];
  /** For a dose done on each side: what moves on the first side, then the second, e.g. "Right arm and left leg". */
  sides?: readonly [string, string];
}

export interface FactorStrings {
  name: string;
  whatItIs: string;
  howItFeels: string;
  whatHelps: string;
  whenToSeeClinician: string;
}

/** Text for one locale. Every locale file must satisfy this type fully. */
export interface ContentStrings {
  locale: string;
  questions: { readonly [Q in QuestionId]: QuestionStrings<OptionIdOf<Q>> } & Readonly<
    Record<string, QuestionStrings>
  >;
  pages: Keyed<PageId, PageStrings>;
  urgency: Record<UrgencyId, { headline: string; whatToDo: string; howSoon: string }>;
  redFlags: Keyed<RedFlagId, { sign: string; advice: string }>;
  factors: Keyed<FactorId, FactorStrings>;
  exercises: Keyed<ExerciseId, ExerciseStrings>;
  selfCare: Keyed<SelfCareId, { title: string; body: string; note?: string }>;
  notes: Keyed<NoteId, string>;
  cautions: Keyed<CautionId, string>;
  /** When to get help if things change. */
  safetyNet: readonly string[];
  ui: Keyed<UiKey, string>;
}

/** Any string may be replaced by the host; nested objects merge. */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type StringOverrides = DeepPartial<ContentStrings>;
