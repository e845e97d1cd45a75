// Types for naitei.js: the <naitei-check> element and the JS API.

/** Display language. */
export type Lang = 'en' | 'ja';
/** Colour theme. */
export type Theme = 'auto' | 'light' | 'dark';
/** Hiring stage. */
export type Stage = 'screening' | 'first_interview' | 'technical' | 'final' | 'offer';
/** Kind of company. */
export type CompanyKind = 'large' | 'sme' | 'startup' | 'foreign' | 'ses';
/** Region of the company. */
export type Region = 'east' | 'west' | 'other';
/** One of the five areas. */
export type Area = 'technical' | 'communication' | 'problem_solving' | 'learning' | 'teamwork';
/** Severity of a cultural-fit flag. */
export type Severity = 'strength' | 'advice' | 'risk' | 'critical';

/** Options for `mount` and `<naitei-check>`. Every field is optional; defaults in brackets. */
export interface Options {
  /** Display language [the saved choice, else the browser's languages, else the page's `lang`, else English]; region tags such as `ja-JP` are accepted. Attribute `lang`. */
  lang?: Lang | `${Lang}-${string}`;
  /** Colour theme [auto: follows the visitor's system]. Attribute `theme`. */
  theme?: Theme;
  /** Preset for "your next stage" in the profile form [first_interview]. Attribute `stage`. */
  stage?: Stage;
  /** Preset for the kind of company [large]. Attribute `company`. */
  company?: CompanyKind;
  /** Preset for the region [east]. Attribute `region`. */
  region?: Region;
  /** localStorage key for saved progress; widgets with different keys are independent [the element's id, else "default"]. Attribute `storage-key`. */
  storageKey?: string;
  /** URL of a JSON content pack that replaces the built-in questions [none]. Attribute `content-src`. */
  contentSrc?: string;
  /** A content pack given directly, as an object or JSON text [none]. */
  content?: ContentPack | string;
  /** Include free-text answers in `naitei:complete` [false]. Attribute `share-text-answers`. */
  shareTextAnswers?: boolean;
}

/** A content pack: the JSON form of a whole bank. Start from `naitei-content pack`; see content/README.md. */
export interface ContentPack {
  format: 1;
  manifest: object;
  sections: object[];
  modules?: object[];
  texts?: Partial<Record<Lang, Record<string, string>>>;
  lexicons?: object;
}

/** The candidate's situation. */
export interface Profile {
  company?: CompanyKind;
  industry?: 'general' | 'finance' | 'manufacturing' | 'public_sector';
  region?: Region;
  format?: 'onsite' | 'online' | 'both';
  next_stage?: Stage;
  /** YYYY-MM-DD */
  interview_date?: string | null;
  japanese?: 'none' | 'n5' | 'n4' | 'n3' | 'n2' | 'n1' | 'native';
  years_experience?: number;
  daily_minutes?: number;
}

/** One answer: an option id, option ids, a rating 1-5, best and worst picks, free text, or null for a skip. */
export type Answer = string | string[] | number | { best: string; worst: string } | { text: string } | null;
/** Answers by item id. */
export type Answers = Record<string, Answer>;

/** The readiness report (see core/README.md for every field). Checked against what `evaluate` really returns (tests/types). */
export interface Report {
  version: number;
  next_stage: Stage;
  /** 0-100 for the next stage after caps; null until enough is answered. */
  overall: number | null;
  band: string | null;
  /** The flags that hold the overall score down (empty when none does). */
  limited_by: Cap[];
  /** What to answer before the overall score is shown. */
  missing: Missing[];
  method: {
    stage: Stage;
    weights: Record<Area, number>;
    background: number;
    low_coverage: number;
    bands: { id: string; min: number }[];
    limits: { severity: Severity; cap: number; step: number }[];
    /** Answered weight an area needs before it gets a score, and the share of its weight. */
    evidence: [number, number];
  };
  areas: {
    area: Area;
    score: number | null;
    band: string | null;
    answered: number;
    applicable: number;
    coverage: number;
    low_confidence: boolean;
    evidence: { answered: number; applicable: number; needed: number; more: number | null };
  }[];
  stages: {
    stage: Stage;
    score: number | null;
    band: string | null;
    before_limits: number | null;
    limited_by: Cap[];
    missing: Missing[];
    /** How many more items tagged with this stage must be answered before it gets a score (0: enough). */
    missing_items: number;
    fix: Point | null;
  }[];
  flags: { check: string; severity: Severity; stages: Stage[]; modules: string[]; stage: Stage }[];
  strengths: Point[];
  /** Strengths are not listed because a critical flag at the next stage outweighs them. */
  strengths_held_back: boolean;
  risks: Point[];
  /** Risks that concern only other stages. */
  later: { stage: Stage; risks: Point[] }[];
  /** Items whose answer was changed after its feedback was shown. */
  revised: { item: string; counted: number | null; now: number | null }[];
  items: { item: string; answered: boolean; credit: number | null }[];
  findings: Record<string, string[]>;
  ignored: { item: string; reason: { code: string; [detail: string]: unknown } }[];
  answered: number;
  applicable: number;
}

/** A flag that holds a score down. */
export interface Cap { check: string; severity: Severity; cap: number }
/** An area that needs more answers before it gets a score (`more`: about how many). */
export interface Missing { area: Area; more: number | null }

/** A strength, risk or fix, with the module and step that are its next action. */
export type Point =
  | { kind: 'check'; check: string; severity: Severity; module: string | null; step: string | null }
  | { kind: 'area'; area: Area; score: number | null; module: string | null; step: string | null };

/** The study plan. */
export interface StudyPlan {
  start: string;
  interview: string;
  assumed?: 'no_date' | 'date_in_past';
  kind: 'starter' | 'focused' | 'maintenance';
  /** What the last day counts down to: the interview, or at the offer stage the reply deadline. */
  target: 'interview' | 'reply_deadline';
  daily_minutes: number;
  days: { date: string; offset: number; minutes: number; tasks: Task[] }[];
  left_out: { module: string; minutes: number; reason: { code: 'no_time' } | { code: 'needs'; module: string } }[];
  /** Modules shortened to fit, with the steps kept and the steps left. */
  shortened: { module: string; steps: string[]; left: string[] }[];
  /** Modules that matter for stages other than the next one. */
  other_stages: string[];
  missed_milestones: { milestone: string; reason: 'passed' | 'no_time' | 'no_date' }[];
  total_minutes: number;
}

/** A task on a plan day. */
export type Task =
  | { kind: 'module'; module: string; part: number; parts: number; minutes: number; steps: string[]; partial: boolean; piece?: [number, number]; /** A return to steps an earlier day holds: the date (YYYY-MM-DD) of the module's first sitting. */ again?: string }
  | { kind: 'milestone'; milestone: string; minutes: number; short: boolean }
  | { kind: 'answer'; sections: string[]; items: number; minutes: number };

/** What `evaluate` returns. */
export interface Evaluation {
  report: Report;
  plan: StudyPlan;
}

/** An item of the built-in bank with its texts, as `bank(lang)` lists them. */
export interface BankItem {
  id: string;
  section: string;
  kind: 'single' | 'multi' | 'likert' | 'best_worst' | 'text';
  stages: Stage[];
  areas: Area[];
  skippable: boolean;
  reverse?: boolean;
  prompt: string;
  hint?: string;
  options?: { id: string; label: string; why: string }[];
}

/** A mounted widget. */
export interface Handle {
  readonly element: HTMLElement;
  /** Applies new options; a new content pack remounts the widget (saved progress is kept). */
  update(options: Options): Promise<void>;
  /** Removes the widget; progress stays saved in the browser. */
  destroy(): void;
}

/** `detail` of the `naitei:progress` event, fired after every change. */
export interface ProgressDetail {
  answered: number;
  skipped: number;
  total: number;
  position: number;
  screen: 'intro' | 'profile' | 'questions' | 'report' | 'plan';
}

/** `detail` of the `naitei:complete` event, fired when the candidate finishes. */
export interface CompleteDetail extends Evaluation {
  profile: Profile;
  /** Free-text answers only when `shareTextAnswers` is set. */
  answers: Answers;
}

/** The version of this build. */
export const version: string;
/** Mounts the widget inside `element`'s shadow root. */
export function mount(element: HTMLElement, options?: Options): Promise<Handle>;
/**
 * Scores answers without any UI. `today` (YYYY-MM-DD) defaults to the visitor's date.
 * Rejects with an Error naming the argument when one is not plain data (a cycle, more
 * than 32 levels, more than 8 MB as JSON) or has the wrong shape.
 */
export function evaluate(profile?: Profile, answers?: Answers, options?: { today?: string }): Promise<Evaluation>;
/** The built-in items with their texts in `lang`. */
export function bank(lang?: Lang): Promise<BankItem[]>;
/** Checks a content pack; resolves to the list of problems (empty when valid). */
export function checkPack(pack: ContentPack | string): Promise<string[]>;
/**
 * Resolves to the built-in texts of `lang` as JSON text: all of them, or one of the two files the
 * widget fetches, `"first"` (what the intro, profile form and questions show) or `"rest"`.
 */
export function loadTexts(lang: Lang, part?: 'first' | 'rest'): Promise<string>;

/**
 * The `<naitei-check>` element. Besides the attributes of `Options` it reads `loading`
 * (not an option): `eager` [default] starts at once, `lazy` when the element nears the
 * viewport, `click` when the visitor presses the start button drawn in its place.
 */
export interface NaiteiCheckElement extends HTMLElement {
  /** Options set from code; they take precedence over attributes. */
  options: Options;
  addEventListener(type: 'naitei:progress', listener: (e: CustomEvent<ProgressDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: 'naitei:complete', listener: (e: CustomEvent<CompleteDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'naitei-check': NaiteiCheckElement;
  }
}
