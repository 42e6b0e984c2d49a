import { isValid, parseISO } from 'date-fns';
import {
  isYes,
  missingAnswers,
  notNeededAnswers,
  relevantAnswers,
  textAnswer,
  type AiActAnswers,
} from './aiActAnswers';
import {
  assessException,
  assessFria,
  exceptionReasons,
  type AiActReason,
  type Art6_3Exception,
  type FriaAssessment,
} from './aiActHighRisk';
import {
  ANNEX1_ID,
  ANNEX3_IDS,
  ART25_ID,
  ART50_IDS,
  GPAI_BUILDS_ON_ID,
  PROHIBITION_IDS,
  type AiActQuestionId,
  type AiActRole,
  type AiActRulePack,
  type AiActTier,
  type Art50Id,
  type YesNoQuestionId,
} from './aiActTypes';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';
import { tell } from '../shared/language';
import { listObligations, type AiActObligationStatus, type HighRiskRoute } from './aiActObligationList';

export type { AiActObligationStatus, HighRiskRoute } from './aiActObligationList';

export interface GpaiNote {
  buildsOnGpai: boolean | undefined;
  model: string;
  provider: string;
  note: string;
}

export interface AiActClassification {
  tier: AiActTier;
  reasons: AiActReason[];
  obligations: AiActObligationStatus[];
  /** The Art. 50 triggers answered yes, whatever the tier. */
  transparencyDuties: Art50Id[];
  highRiskRoutes: HighRiskRoute[];
  exceptionClaimed?: Art6_3Exception;
  fria?: FriaAssessment;
  /** The role obligations are listed for: the declared role, or `both` when Art. 25 makes a deployer a provider. */
  role: AiActRole | undefined;
  declaredRole: AiActRole | undefined;
  becomesProviderUnderArt25: boolean;
  gpai: GpaiNote;
  asOf: string;
  rulePackId: string;
  rulePackVersion: string;
  /** False while wizard questions are unanswered: the result is provisional (unanswered counts as "no"). */
  answersComplete: boolean;
  missingAnswers: AiActQuestionId[];
  /** After a prohibited finding: the questions not needed (left unanswered, which is complete). */
  notNeeded: AiActQuestionId[];
}

/**
 * Classifies a use case under the EU AI Act, in the order of the rule pack:
 * prohibited (Art. 5) > high (Annex I, or Annex III unless the Art. 6(3) exception holds) >
 * limited (Art. 50) > minimal. All findings are listed as reasons; the most severe is the tier.
 *
 * Dates: the tier describes the system and does not depend on `asOf`; each obligation carries the
 * date it applies from and `inForce` for `asOf`. So an Omnibus prohibition (from 2 Dec 2026) makes
 * a use case `prohibited` today - planning a use case that becomes unlawful in weeks makes no
 * sense - while its stop obligation shows `inForce: false` until 2 Dec 2026.
 *
 * A prohibited use case lists only its stop obligation(s): nothing else matters until it stops.
 * Unanswered questions count as "no"; `answersComplete` says whether the result is final.
 */
export function classifyAiAct(
  answers: AiActAnswers,
  asOf: string,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): AiActClassification {
  assertDate(asOf);
  const relevant = relevantAnswers(answers, pack);
  const reasons: AiActReason[] = [];
  const yesReasons = (ids: readonly YesNoQuestionId[]) => {
    const yes = ids.filter((id) => isYes(relevant, id));
    reasons.push(...yes.map((id) => findingReason(id, pack)));
    return yes;
  };

  const prohibitions = yesReasons(PROHIBITION_IDS);
  const annexI = yesReasons([ANNEX1_ID]).length > 0;
  const annexIII = yesReasons(ANNEX3_IDS).length > 0;
  const exception = assessException(relevant);
  if (annexIII) reasons.push(...exceptionReasons(exception, pack));
  const highRiskRoutes: HighRiskRoute[] = [];
  if (annexIII && !exception?.holds) highRiskRoutes.push('annexIII');
  if (annexI) highRiskRoutes.push('annexI');
  const transparencyDuties = yesReasons(ART50_IDS) as Art50Id[];

  const tier: AiActTier =
    prohibitions.length > 0
      ? 'prohibited'
      : highRiskRoutes.length > 0
        ? 'high'
        : transparencyDuties.length > 0
          ? 'limited'
          : 'minimal';
  if (tier === 'minimal') {
    reasons.push({
      ruleId: 'minimal',
      article: 'Art. 4',
      text: tell(
        'No prohibited practice, no high-risk classification and no transparency trigger: minimal risk. Only AI literacy applies.',
      ),
    });
  }

  const declaredRole = relevant.role;
  const becomesProviderUnderArt25 =
    tier === 'high' && declaredRole === 'deployer' && isYes(relevant, ART25_ID);
  const role: AiActRole | undefined = becomesProviderUnderArt25 ? 'both' : declaredRole;
  if (becomesProviderUnderArt25) {
    reasons.push({
      ruleId: ART25_ID,
      article: 'Art. 25(1)',
      text: tell(
        'Puts its name on, substantially modifies or repurposes a high-risk system: it becomes the provider, with provider obligations, while still deploying it.',
      ),
    });
  }

  const fria = assessFria(relevant, highRiskRoutes.includes('annexIII'), role);
  const obligations = listObligations(
    pack,
    {
      tier,
      role,
      relevant,
      friaRequired: fria?.required === true,
      exceptionHolds: exception?.holds === true,
      highRiskRoutes,
    },
    asOf,
  );

  const missing = missingAnswers(answers, pack);
  const notNeeded = notNeededAnswers(answers, pack);
  if (notNeeded.length > 0) {
    reasons.push({
      ruleId: 'art5.notNeeded',
      article: 'Art. 5',
      text: tell(
        'A prohibited practice was found: the other {{count}} questions are not needed and saved as not needed. The use must stop.',
        { count: notNeeded.length },
      ),
    });
  }
  return {
    tier,
    reasons,
    obligations,
    transparencyDuties,
    highRiskRoutes,
    ...(exception ? { exceptionClaimed: exception } : {}),
    ...(fria ? { fria } : {}),
    role,
    declaredRole,
    becomesProviderUnderArt25,
    gpai: {
      buildsOnGpai: relevant[GPAI_BUILDS_ON_ID],
      model: textAnswer(relevant, 'gpai.model'),
      provider: textAnswer(relevant, 'gpai.provider'),
      note: pack.gpaiNote,
    },
    asOf,
    rulePackId: pack.id,
    rulePackVersion: pack.version,
    answersComplete: missing.length === 0,
    missingAnswers: missing,
    notNeeded,
  };
}

function findingReason(id: YesNoQuestionId, pack: AiActRulePack): AiActReason {
  const question = pack.questions.find((q) => q.id === id);
  return { ruleId: id, article: question?.article ?? '', text: question?.finding ?? question?.text ?? id };
}

function assertDate(asOf: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !isValid(parseISO(asOf))) {
    throw new RangeError(`classifyAiAct: asOf must be a date as YYYY-MM-DD, got "${asOf}"`);
  }
}
