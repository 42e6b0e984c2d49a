import { z } from 'zod';
import { AI_ACT_TIERS, AI_ACT_TIER_LABELS, type AiActTier } from './aiActTypes';
import type { AiActClassification } from './classifyAiAct';

/**
 * The user may override the classified tier (decision support, not legal advice), but only with a
 * written justification. The original classification stays visible next to the override.
 */

export const OVERRIDE_JUSTIFICATION_MIN_LENGTH = 20;

export const aiActOverrideSchema = z.object({
  tier: z.enum(AI_ACT_TIERS, { error: 'Choose the tier to apply: prohibited, high, limited or minimal' }),
  justification: z
    .string({ error: 'Explain why you override the classification' })
    .trim()
    .min(
      OVERRIDE_JUSTIFICATION_MIN_LENGTH,
      `Explain why you override the classification in at least ${OVERRIDE_JUSTIFICATION_MIN_LENGTH} characters, e.g. which answer does not fit this use case`,
    )
    .max(4000, 'Keep the justification under 4,000 characters'),
  decidedBy: z.string().trim().max(200, 'Keep the name under 200 characters').optional(),
});
export type AiActOverride = z.infer<typeof aiActOverrideSchema>;

export interface OverriddenAiActClassification {
  effectiveTier: AiActTier;
  original: AiActClassification;
  override: AiActOverride;
}

export type ApplyOverrideResult = { ok: true; value: OverriddenAiActClassification } | { ok: false; reasons: string[] };

export function applyOverride(result: AiActClassification, override: { tier: AiActTier; justification: string; decidedBy?: string }): ApplyOverrideResult {
  const parsed = aiActOverrideSchema.safeParse(override);
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((issue) => issue.message) };
  if (parsed.data.tier === result.tier) {
    return { ok: false, reasons: [`The classification is already "${AI_ACT_TIER_LABELS[result.tier]}": no override needed`] };
  }
  return { ok: true, value: { effectiveTier: parsed.data.tier, original: result, override: parsed.data } };
}
