import { anyYes, isYes, textAnswer, type AiActAnswers } from './aiActAnswers';
import { tell } from '../shared/language';
import {
  ANNEX3_IDS,
  EXCEPTION_CONDITION_IDS,
  EXCEPTION_NO_SIGNIFICANT_RISK_ID,
  EXCEPTION_PROFILING_ID,
  EXCEPTION_REASONING_ID,
  type AiActRole,
  type AiActRulePack,
  type ExceptionConditionId,
} from './aiActTypes';

/** One line of the "why" behind a classification. `ruleId` is a question id or an outcome id. */
export interface AiActReason {
  ruleId: string;
  article: string;
  text: string;
}

/** The Art. 6(3) exception as claimed in the wizard, and whether it holds. */
export interface Art6_3Exception {
  /** The conditions (a)-(d) answered yes. */
  conditions: ExceptionConditionId[];
  noSignificantRisk: boolean;
  /** `undefined` = not answered yet. */
  profiling: boolean | undefined;
  reasoning: string;
  holds: boolean;
}

/**
 * Art. 6(3): an Annex III system is not high-risk when it poses no significant risk AND meets at
 * least one of conditions (a)-(d) - unless it profiles natural persons, which always makes it
 * high-risk. The exception only holds once profiling is answered "no": an unanswered profiling
 * question cannot be assumed away. Returns undefined when no exception is claimed.
 */
export function assessException(answers: AiActAnswers): Art6_3Exception | undefined {
  if (!anyYes(answers, ANNEX3_IDS)) return undefined;
  const conditions = EXCEPTION_CONDITION_IDS.filter((id) => isYes(answers, id));
  const noSignificantRisk = isYes(answers, EXCEPTION_NO_SIGNIFICANT_RISK_ID);
  if (conditions.length === 0 && !noSignificantRisk) return undefined;
  const profiling = answers[EXCEPTION_PROFILING_ID];
  return {
    conditions,
    noSignificantRisk,
    profiling,
    reasoning: textAnswer(answers, EXCEPTION_REASONING_ID),
    holds: conditions.length > 0 && noSignificantRisk && profiling === false,
  };
}

const ART6_3 = 'Art. 6(3)';

/** Why the Annex III route does or does not make the system high-risk. */
export function exceptionReasons(exception: Art6_3Exception | undefined, pack: AiActRulePack): AiActReason[] {
  if (!exception) {
    return [
      {
        ruleId: 'art6_2.annex3',
        article: 'Art. 6(2)',
        text: tell('Annex III use and no Art. 6(3) exception claimed: high-risk.'),
      },
    ];
  }
  if (exception.holds) {
    const what = exception.conditions
      .map((id) => {
        const finding = pack.questions.find((q) => q.id === id)?.finding;
        return finding ? tell(finding) : id;
      })
      .join('; ');
    return [
      {
        ruleId: 'art6_3.exception',
        article: ART6_3,
        text: tell(
          'Art. 6(3) exception holds: the system {{what}}, poses no significant risk and does not profile people. Not high-risk under Annex III; keep the reasoning on file.',
          { what },
        ),
      },
    ];
  }
  if (exception.profiling === true) {
    return [
      {
        ruleId: 'art6_3.profiling',
        article: 'Art. 6(3), third subparagraph',
        text: tell(
          'Art. 6(3) exception claimed, but the system profiles natural persons (GDPR Art. 4(4)): an Annex III system that profiles is always high-risk.',
        ),
      },
    ];
  }
  const failures: AiActReason[] = [];
  if (exception.profiling === undefined) {
    failures.push({
      ruleId: 'art6_3.profiling',
      article: 'Art. 6(3), third subparagraph',
      text: tell(
        'Art. 6(3) exception claimed, but it is not yet answered whether the system profiles people; until that is answered “no” the system counts as high-risk.',
      ),
    });
  }
  if (exception.conditions.length === 0) {
    failures.push({
      ruleId: 'art6_3.conditions',
      article: ART6_3,
      text: tell('Art. 6(3) exception claimed, but none of the conditions (a)-(d) holds: high-risk.'),
    });
  }
  if (!exception.noSignificantRisk) {
    failures.push({
      ruleId: 'art6_3.noSignificantRisk',
      article: ART6_3,
      text: tell(
        'Art. 6(3) exception claimed, but it is not confirmed that the system poses no significant risk of harm: high-risk.',
      ),
    });
  }
  return failures;
}

/** "FRIA required? yes/no + why" (Art. 27). `required: undefined` = the questions are not answered yet. */
export interface FriaAssessment {
  required: boolean | undefined;
  why: string;
}

/**
 * Art. 27: before using a high-risk Annex III system, a fundamental-rights impact assessment binds
 * deployers that are public bodies or private providers of public services (except for critical
 * infrastructure, Annex III point 2), and deployers of credit-scoring or life/health-insurance systems.
 * Only assessed for a deployer (or unknown role) of a system that is high-risk under Annex III.
 */
export function assessFria(
  answers: AiActAnswers,
  highRiskUnderAnnexIII: boolean,
  role: AiActRole | undefined,
): FriaAssessment | undefined {
  if (!highRiskUnderAnnexIII || role === 'provider') return undefined;
  const publicService = answers['art27.publicService'];
  const creditOrInsurance = answers['art27.creditOrInsurance'];
  if (creditOrInsurance === true) {
    return {
      required: true,
      why: tell(
        'Used for credit scoring or life/health-insurance pricing (Annex III point 5(b)-(c)): a FRIA is required.',
      ),
    };
  }
  const onlyCriticalInfrastructure = ANNEX3_IDS.every((id) => id === 'annex3.2' || !isYes(answers, id));
  if (publicService === true && !onlyCriticalInfrastructure) {
    return {
      required: true,
      why: tell(
        'A public body or private provider of public services using a high-risk Annex III system: a FRIA is required.',
      ),
    };
  }
  if (publicService === true) {
    return {
      required: false,
      why: tell('Critical-infrastructure systems (Annex III point 2) are exempt from the FRIA.'),
    };
  }
  if (publicService === undefined || creditOrInsurance === undefined) {
    return {
      required: undefined,
      why: tell('Answer the two FRIA questions to decide whether a FRIA is required.'),
    };
  }
  return {
    required: false,
    why: tell(
      'Not a public body or public-service provider, and not used for credit scoring or life/health insurance: no FRIA required.',
    ),
  };
}
