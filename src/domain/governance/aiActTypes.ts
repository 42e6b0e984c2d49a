/**
 * Types and enumerations of the EU AI Act rule pack. The rules themselves are data in
 * `euAiActQuestions.ts` and `euAiActObligations.ts`, assembled in `euAiActRulePack.ts`.
 */

export const AI_ACT_TIERS = ['prohibited', 'high', 'limited', 'minimal'] as const;
export type AiActTier = (typeof AI_ACT_TIERS)[number];
export const AI_ACT_TIER_LABELS: Record<AiActTier, string> = {
  prohibited: 'Prohibited',
  high: 'High risk',
  limited: 'Limited risk (transparency)',
  minimal: 'Minimal risk',
};
/** Higher number = more severe. The tier of a use case is the most severe one that applies. */
export const AI_ACT_TIER_SEVERITY: Record<AiActTier, number> = {
  prohibited: 4,
  high: 3,
  limited: 2,
  minimal: 1,
};

export const AI_ACT_ROLES = ['provider', 'deployer', 'both'] as const;
export type AiActRole = (typeof AI_ACT_ROLES)[number];
export const AI_ACT_ROLE_LABELS: Record<AiActRole, string> = {
  provider: 'Provider',
  deployer: 'Deployer',
  both: 'Provider and deployer',
};
/** The roles an obligation can be addressed to (`both` is a combination, not an addressee). */
export type AiActAddressee = Exclude<AiActRole, 'both'>;

// ---- Question ids, grouped by the step of the wizard they belong to ----

/** Art. 5(1)(a)-(h): prohibited since 2 Feb 2025. */
export const ART5_IDS = [
  'art5.a',
  'art5.b',
  'art5.c',
  'art5.d',
  'art5.e',
  'art5.f',
  'art5.g',
  'art5.h',
] as const;
/** Prohibitions added by the Digital Omnibus on AI, applying from 2 Dec 2026. */
export const ART5_OMNIBUS_IDS = ['art5.intimateImagery', 'art5.csam'] as const;
export const PROHIBITION_IDS = [...ART5_IDS, ...ART5_OMNIBUS_IDS] as const;
export type ProhibitionId = (typeof PROHIBITION_IDS)[number];

export const ANNEX1_ID = 'art6_1.annex1';

export const ANNEX3_IDS = [
  'annex3.1',
  'annex3.2',
  'annex3.3',
  'annex3.4a',
  'annex3.4b',
  'annex3.5',
  'annex3.6',
  'annex3.7',
  'annex3.8',
] as const;
export type Annex3Id = (typeof ANNEX3_IDS)[number];

/** Art. 6(3)(a)-(d): the conditions of the exception; one of them must hold. */
export const EXCEPTION_CONDITION_IDS = ['art6_3.a', 'art6_3.b', 'art6_3.c', 'art6_3.d'] as const;
export type ExceptionConditionId = (typeof EXCEPTION_CONDITION_IDS)[number];
export const EXCEPTION_NO_SIGNIFICANT_RISK_ID = 'art6_3.noSignificantRisk';
export const EXCEPTION_PROFILING_ID = 'art6_3.profiling';
export const EXCEPTION_REASONING_ID = 'art6_3.reasoning';

export const ART50_IDS = ['art50.1', 'art50.2', 'art50.3', 'art50.4'] as const;
export type Art50Id = (typeof ART50_IDS)[number];

export const ROLE_ID = 'role';
export const ART25_ID = 'role.art25';
export const FRIA_IDS = ['art27.publicService', 'art27.creditOrInsurance'] as const;
export const GPAI_BUILDS_ON_ID = 'gpai.buildsOn';
export const GPAI_MODEL_ID = 'gpai.model';
export const GPAI_PROVIDER_ID = 'gpai.provider';

/** Questions answered yes or no. */
export const YES_NO_QUESTION_IDS = [
  ...PROHIBITION_IDS,
  ANNEX1_ID,
  ...ANNEX3_IDS,
  ...EXCEPTION_CONDITION_IDS,
  EXCEPTION_NO_SIGNIFICANT_RISK_ID,
  EXCEPTION_PROFILING_ID,
  ...ART50_IDS,
  ART25_ID,
  ...FRIA_IDS,
  GPAI_BUILDS_ON_ID,
] as const;
export type YesNoQuestionId = (typeof YES_NO_QUESTION_IDS)[number];

/** Questions answered with free text. */
export const TEXT_QUESTION_IDS = [EXCEPTION_REASONING_ID, GPAI_MODEL_ID, GPAI_PROVIDER_ID] as const;
export type TextQuestionId = (typeof TEXT_QUESTION_IDS)[number];

export type AiActQuestionId = YesNoQuestionId | TextQuestionId | typeof ROLE_ID;

// ---- Shapes of the rule-pack data ----

export const AI_ACT_SECTIONS = [
  'prohibited',
  'annex1',
  'annex3',
  'exception',
  'transparency',
  'role',
  'fria',
  'gpai',
] as const;
export type AiActSection = (typeof AI_ACT_SECTIONS)[number];

/** When a question is shown. All listed conditions must hold. */
export type AskCondition = { anyYes: readonly YesNoQuestionId[] } | { roleIn: readonly AiActRole[] };

export interface AiActQuestion {
  id: AiActQuestionId;
  section: AiActSection;
  kind: 'yesNo' | 'choice' | 'text';
  /** The question in plain English. */
  text: string;
  /** Examples and edge cases that help the user answer. */
  help: string;
  /** Where the rule comes from, e.g. "Art. 5(1)(a)". */
  article: string;
  /** Shown as a reason in the classification when the answer is yes. */
  finding?: string;
  options?: readonly { value: AiActRole; label: string }[];
  /** Absent = always asked. */
  askIf?: readonly AskCondition[];
  /** The official text on EUR-Lex (see `euAiActSources.ts`). */
  url: string;
}

export const APPLICATION_DATE_IDS = [
  'entryIntoForce',
  'literacyAndProhibitions',
  'gpaiAndPenalties',
  'transparency',
  'omnibusProhibitions',
  'highRiskAnnexIII',
  'highRiskAnnexI',
] as const;
export type ApplicationDateId = (typeof APPLICATION_DATE_IDS)[number];

export interface ApplicationDate {
  id: ApplicationDateId;
  /** YYYY-MM-DD */
  date: string;
  what: string;
  source: string;
  url: string;
  /** Where the amended text is uncertain or a transition applies: said here rather than guessed. */
  note?: string;
}

/**
 * What makes an obligation apply, on top of its tier and role:
 * - `always`: every use case of the tier;
 * - `anyYes`: one of these questions was answered yes;
 * - `friaRequired`: Art. 27 binds this deployer (see `classifyAiAct`);
 * - `exceptionHolds`: an Annex III use escaped high risk through Art. 6(3).
 */
export type ObligationTrigger =
  'always' | 'friaRequired' | 'exceptionHolds' | { anyYes: readonly YesNoQuestionId[] };

export interface ObligationRule {
  id: string;
  title: string;
  description: string;
  article: string;
  /**
   * The date the obligation applies from. `highRiskRoute` = the date of the route that made the
   * system high-risk (Annex III: 2 Dec 2027, Annex I: 2 Aug 2028; the earlier one if both).
   */
  appliesFrom: ApplicationDateId | 'highRiskRoute';
  tiers: readonly AiActTier[];
  /** Who the duty binds. */
  roles: readonly AiActAddressee[];
  trigger: ObligationTrigger;
  url: string;
  /** Uncertainty in the amended text, or a transition, in plain words. */
  note?: string;
  /**
   * For a provider duty: what a deployer does about it ("check that the provider does X"). Shown to
   * a deployer apart from its own duties and never counted as its gap.
   */
  deployerCheck?: { id: string; title: string; description: string };
}

export interface PenaltyRule {
  id: string;
  appliesTo: string;
  maxAmountEur: number;
  maxTurnoverPercent: number;
  article: string;
}

export const INCIDENT_CLOCK_KINDS = ['aiActDeath', 'aiActWidespread', 'aiActOther', 'gdprBreach'] as const;
export type IncidentClockKind = (typeof INCIDENT_CLOCK_KINDS)[number];

export interface IncidentClockRule {
  kind: IncidentClockKind;
  title: string;
  /** Who must be told. */
  reportTo: string;
  /** Who the duty to report binds, in plain words. */
  binds: string;
  /** For which systems and from when the clock applies. */
  scope: string;
  article: string;
  url: string;
  amount: number;
  /** `days` = calendar days in local time; `hours` = exact elapsed hours. */
  unit: 'days' | 'hours';
}

export interface RulePackSource {
  id: string;
  title: string;
  url: string;
}

/** One version of the pack and what it changed, newest first in the pack's `changeLog`. */
export interface RulePackChange {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  changes: readonly string[];
}

export interface AiActRulePack {
  id: string;
  version: string;
  changeLog: readonly RulePackChange[];
  /** YYYY-MM-DD: the date this version of the pack reflects the law. */
  effectiveDate: string;
  disclaimer: string;
  sources: readonly RulePackSource[];
  questions: readonly AiActQuestion[];
  applicationDates: readonly ApplicationDate[];
  obligations: readonly ObligationRule[];
  penalties: readonly PenaltyRule[];
  smePenaltyRule: { article: string; text: string };
  incidentClocks: readonly IncidentClockRule[];
  gpaiNote: string;
}
