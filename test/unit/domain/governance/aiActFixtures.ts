import { YES_NO_QUESTION_IDS, type AiActAnswers } from '../../../../src/domain/governance';

/** The day this rule pack was written; obligations in force then are "now" in the tests. */
export const TODAY = '2026-11-26';

/**
 * A complete wizard: every yes/no question answered "no", role deployer, no GPAI model, then the
 * given answers on top. Answers to questions that are not asked are ignored by the classifier.
 */
export function answersWith(overrides: AiActAnswers = {}): AiActAnswers {
  const allNo = Object.fromEntries(YES_NO_QUESTION_IDS.map((id) => [id, false])) as AiActAnswers;
  return { ...allNo, role: 'deployer', ...overrides };
}

/** The staffing firm's CV-summary pilot (eu-ai-act.md, worked example). */
export const CV_SUMMARIES: AiActAnswers = answersWith({
  'annex3.4a': true,
  'art6_3.d': true,
  'art6_3.noSignificantRisk': true,
  'art6_3.profiling': true,
  'art6_3.reasoning': "The summaries only prepare the recruiter's own assessment.",
  'gpai.buildsOn': true,
  'gpai.model': 'GPT-4.1 via Azure OpenAI',
  'gpai.provider': 'OpenAI',
});

/** The staffing firm's job-posting pilot: GenAI drafts, a recruiter edits and publishes. */
export const JOB_POSTINGS: AiActAnswers = answersWith({
  'gpai.buildsOn': true,
  'gpai.model': 'Claude',
  'gpai.provider': 'Anthropic',
});

/** The staffing firm's client-email pilot: the AI drafts replies that reach clients. */
export const CLIENT_EMAILS: AiActAnswers = answersWith({ 'art50.1': true });
