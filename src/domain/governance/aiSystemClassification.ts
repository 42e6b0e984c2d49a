import { z } from 'zod';
import { aiActAnswersSchema, missingAnswers, relevantAnswers, type AiActAnswers } from './aiActAnswers';
import { listObligations } from './aiActObligationList';
import { aiActOverrideSchema, applyOverride, type AiActOverrideInput } from './aiActOverride';
import { AI_ACT_TIERS, type AiActRulePack, type AiActTier } from './aiActTypes';
import { classifyAiAct, type AiActClassification, type AiActObligationStatus } from './classifyAiAct';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';
import { isIsoDate } from './localDates';

/**
 * The EU AI Act classification as stored on an AI system: the answers and the rule-pack version
 * used, the tier they gave (the original result), and the user's override, if any. Reasons and
 * obligations are recomputed from the answers, so they always show how the result was reached.
 */

export const storedOverrideSchema = aiActOverrideSchema.extend({ at: z.string().min(1) });
export type StoredOverride = z.infer<typeof storedOverrideSchema>;

export const storedClassificationSchema = z.object({
  answers: aiActAnswersSchema,
  rulePackId: z.string().min(1),
  rulePackVersion: z.string().min(1),
  /** The day the classification was made (YYYY-MM-DD). */
  classifiedOn: z.string().refine(isIsoDate, 'Enter the classification date as a real date'),
  /** The tier the answers gave: the original result, kept visible under an override. */
  tier: z.enum(AI_ACT_TIERS),
  override: storedOverrideSchema.nullable(),
});
export type StoredClassification = z.infer<typeof storedClassificationSchema>;

/** The tier shown wherever the system appears: `unclassified` until a classification is saved. */
export type DisplayTier = AiActTier | 'unclassified';

export function effectiveTier(stored: StoredClassification | null | undefined): DisplayTier {
  if (!stored) return 'unclassified';
  return stored.override?.tier ?? stored.tier;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

/**
 * Turns finished wizard answers into a stored classification. Refuses while questions the wizard
 * shows are unanswered: a saved classification is never provisional. Answers left over from an
 * earlier path through the wizard are dropped.
 */
export function createStoredClassification(
  answers: AiActAnswers,
  asOf: string,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): Outcome<StoredClassification> {
  const parsed = aiActAnswersSchema.safeParse(answers);
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((issue) => issue.message) };
  const missing = missingAnswers(parsed.data, pack);
  if (missing.length > 0) {
    const first = pack.questions.find((q) => q.id === missing[0]);
    const count = missing.length === 1 ? 'one question is' : `${missing.length} questions are`;
    return {
      ok: false,
      reasons: [
        `Answer every question before saving: ${count} still open${first ? ` (first: ${first.article})` : ''}.`,
      ],
    };
  }
  const kept = relevantAnswers(parsed.data, pack);
  const result = classifyAiAct(kept, asOf, pack);
  return {
    ok: true,
    value: {
      answers: kept,
      rulePackId: pack.id,
      rulePackVersion: pack.version,
      classifiedOn: asOf,
      tier: result.tier,
      override: null,
    },
  };
}

/** Records an override of the tier; refused without a written justification, or below the tier the rules impose without the acknowledgement (see `applyOverride`). */
export function overrideClassification(
  stored: StoredClassification,
  input: AiActOverrideInput,
  at: string,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): Outcome<StoredClassification> {
  const result = classifyAiAct(stored.answers, stored.classifiedOn, pack);
  const applied = applyOverride(result, input, relevantAnswers(stored.answers, pack));
  if (!applied.ok) return applied;
  return { ok: true, value: { ...stored, override: { ...applied.value.override, at } } };
}

export function removeOverride(stored: StoredClassification): StoredClassification {
  return { ...stored, override: null };
}

export interface ClassificationView {
  /** The result of the stored answers: tier, every reason with its article, GPAI note, FRIA. */
  result: AiActClassification;
  effectiveTier: AiActTier;
  override: StoredOverride | null;
  /** The obligations of the effective tier, with the date each applies from. */
  obligations: AiActObligationStatus[];
  /** True when the stored answers were given under another version of the rule pack. */
  classifiedWithOtherPack: boolean;
}

/** Everything the classification panel shows, for `asOf` (today). */
export function viewClassification(
  stored: StoredClassification,
  asOf: string,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): ClassificationView {
  const result = classifyAiAct(stored.answers, asOf, pack);
  const tier = stored.override?.tier ?? stored.tier;
  return {
    result,
    effectiveTier: tier,
    override: stored.override,
    obligations:
      tier === result.tier ? result.obligations : obligationsForTier(result, tier, stored.answers, pack),
    classifiedWithOtherPack: stored.rulePackId !== pack.id || stored.rulePackVersion !== pack.version,
  };
}

/**
 * The obligations that follow from a tier other than the computed one (an override), using the
 * same rules as `classifyAiAct`. Overriding to `prohibited` always lists the stop obligation.
 */
export function obligationsForTier(
  result: AiActClassification,
  tier: AiActTier,
  answers: AiActAnswers,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): AiActObligationStatus[] {
  const facts = {
    tier,
    role: result.role,
    relevant: relevantAnswers(answers, pack),
    friaRequired: result.fria?.required === true,
    exceptionHolds: result.exceptionClaimed?.holds === true,
    highRiskRoutes: result.highRiskRoutes,
  };
  const list = listObligations(pack, facts, result.asOf);
  if (tier !== 'prohibited' || list.length > 0) return list;
  return listObligations(
    { ...pack, obligations: pack.obligations.filter((rule) => rule.id === 'art5.stop') },
    { ...facts, relevant: { 'art5.a': true } },
    result.asOf,
  );
}

/** The dates on which obligations not yet marked as met apply (for the calendar and its index). */
export function openObligationDates(
  stored: StoredClassification | null | undefined,
  obligationsMet: readonly string[],
  asOf: string,
): string[] {
  if (!stored) return [];
  const met = new Set(obligationsMet);
  const dates = viewClassification(stored, asOf)
    .obligations.filter((o) => o.duty === 'own' && !met.has(o.id))
    .map((o) => o.appliesFrom);
  return [...new Set(dates)].sort();
}
