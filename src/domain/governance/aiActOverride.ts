import { z } from 'zod';
import { anyYes, type AiActAnswers } from './aiActAnswers';
import {
  AI_ACT_TIERS,
  AI_ACT_TIER_LABELS,
  AI_ACT_TIER_SEVERITY,
  ANNEX3_IDS,
  EXCEPTION_PROFILING_ID,
  PROHIBITION_IDS,
  type AiActTier,
} from './aiActTypes';
import type { AiActClassification } from './classifyAiAct';
import { tell } from '../shared/language';

/**
 * The user may override the classified tier (decision support, not legal advice), but only with a
 * written justification. The original classification stays visible next to the override. Where the
 * rules themselves exclude a lower tier (a prohibited practice; an Annex III system that profiles
 * people), an override below it is refused unless the user acknowledges the article by name.
 */

export const OVERRIDE_JUSTIFICATION_MIN_LENGTH = 20;

export const aiActOverrideSchema = z.object({
  tier: z.enum(AI_ACT_TIERS, {
    error: () => tell('Choose the tier to apply: prohibited, high, limited or minimal'),
  }),
  justification: z
    .string({ error: () => tell('Explain why you override the classification') })
    .trim()
    .min(OVERRIDE_JUSTIFICATION_MIN_LENGTH, {
      error: () =>
        tell(
          'Explain why you override the classification in at least {{n}} characters, e.g. which answer does not fit this use case',
          { n: OVERRIDE_JUSTIFICATION_MIN_LENGTH },
        ),
    })
    .max(4000, { error: () => tell('Keep the justification under 4,000 characters') }),
  decidedBy: z
    .string()
    .trim()
    .max(200, { error: () => tell('Keep the name under 200 characters') })
    .optional(),
  /** The article the user acknowledged when overriding below the tier it imposes. */
  acknowledgedArticle: z.string().trim().max(200).optional(),
});
export type AiActOverride = z.infer<typeof aiActOverrideSchema>;
export type AiActOverrideInput = {
  tier: AiActTier;
  justification: string;
  decidedBy?: string;
  acknowledgedArticle?: string;
};

/** The lowest tier the rules allow for these answers, and the article that imposes it. */
export interface OverrideFloor {
  tier: AiActTier;
  article: string;
  /** What the article says, for the acknowledgement. */
  text: string;
}

export function overrideFloor(result: AiActClassification, answers: AiActAnswers): OverrideFloor | null {
  if (result.tier === 'prohibited') {
    const articles = result.reasons
      .filter((r) => (PROHIBITION_IDS as readonly string[]).includes(r.ruleId))
      .map((r) => r.article);
    const article = articles.length > 0 ? articles.join('; ') : 'Art. 5(1)';
    return {
      tier: 'prohibited',
      article,
      text: tell(
        '{{article}} prohibits this practice outright: no lower tier applies while the answers stand.',
        {
          article,
        },
      ),
    };
  }
  if (anyYes(answers, ANNEX3_IDS) && answers[EXCEPTION_PROFILING_ID] === true) {
    const article = 'Art. 6(3), third subparagraph';
    return {
      tier: 'high',
      article,
      text: tell(
        '{{article}}: an Annex III system that profiles natural persons is always high-risk; the Art. 6(3) exception cannot apply.',
        { article },
      ),
    };
  }
  return null;
}

/** Whether an override to `tier` goes below the floor the rules impose. */
export function overrideBelowFloor(floor: OverrideFloor | null, tier: AiActTier): floor is OverrideFloor {
  return floor !== null && AI_ACT_TIER_SEVERITY[tier] < AI_ACT_TIER_SEVERITY[floor.tier];
}

export interface OverriddenAiActClassification {
  effectiveTier: AiActTier;
  original: AiActClassification;
  override: AiActOverride;
}

export type ApplyOverrideResult =
  { ok: true; value: OverriddenAiActClassification } | { ok: false; reasons: string[] };

export function applyOverride(
  result: AiActClassification,
  override: AiActOverrideInput,
  answers: AiActAnswers = {},
): ApplyOverrideResult {
  const parsed = aiActOverrideSchema.safeParse(override);
  if (!parsed.success) return { ok: false, reasons: parsed.error.issues.map((issue) => issue.message) };
  if (parsed.data.tier === result.tier) {
    return {
      ok: false,
      reasons: [
        tell('The classification is already "{{tier}}": no override needed', {
          tier: tell(AI_ACT_TIER_LABELS[result.tier]),
        }),
      ],
    };
  }
  const floor = overrideFloor(result, answers);
  const { acknowledgedArticle, ...rest } = parsed.data;
  if (overrideBelowFloor(floor, parsed.data.tier)) {
    if (acknowledgedArticle !== floor.article) {
      return {
        ok: false,
        reasons: [
          `${floor.text} ${tell(
            'To override to "{{tier}}" anyway, tick the acknowledgement naming {{article}}.',
            {
              tier: tell(AI_ACT_TIER_LABELS[parsed.data.tier]),
              article: floor.article,
            },
          )}`,
        ],
      };
    }
    return {
      ok: true,
      value: {
        effectiveTier: parsed.data.tier,
        original: result,
        override: { ...rest, acknowledgedArticle },
      },
    };
  }
  return { ok: true, value: { effectiveTier: parsed.data.tier, original: result, override: rest } };
}
