import {
  EU_AI_ACT_RULE_PACK,
  isQuestionAsked,
  relevantAnswers,
  type AiActAnswers,
  type AiActQuestion,
  type AiActSection,
} from '../../../domain/governance';

/** The steps of the classification wizard, in the order of the rule pack (eu-ai-act.md). */
export interface WizardStep {
  id: string;
  title: string;
  article: string;
  intro: string;
  sections: readonly AiActSection[];
  /** Offer "None of these apply" (all unanswered questions of the step answered no). */
  noneApply?: boolean;
}

export const WIZARD_STEPS: readonly WizardStep[] = [
  {
    id: 'prohibited',
    title: 'Prohibited practices',
    article: 'Art. 5',
    intro: 'Any yes makes the use prohibited: it must stop.',
    sections: ['prohibited'],
    noneApply: true,
  },
  {
    id: 'highRisk',
    title: 'High-risk uses',
    article: 'Art. 6, Annex I and III',
    intro:
      'A safety component under Annex I, or a use listed in Annex III, makes the system high-risk (unless the Art. 6(3) exception holds).',
    sections: ['annex1', 'annex3'],
    noneApply: true,
  },
  {
    id: 'exception',
    title: 'Art. 6(3) exception',
    article: 'Art. 6(3)',
    intro:
      'An Annex III system is not high-risk if it poses no significant risk and meets one of the conditions. But a system that profiles people is always high-risk.',
    sections: ['exception'],
  },
  {
    id: 'transparency',
    title: 'Transparency',
    article: 'Art. 50',
    intro: 'These duties apply on top of any tier; on their own they make the system limited risk.',
    sections: ['transparency'],
    noneApply: true,
  },
  {
    id: 'role',
    title: 'Role',
    article: 'Art. 3, 25, 27',
    intro: 'Which obligations apply depends on whether the organisation provides or deploys the system.',
    sections: ['role', 'fria'],
  },
  {
    id: 'gpai',
    title: 'General-purpose AI',
    article: 'Art. 53–55',
    intro: 'Note the model the system builds on; GPAI obligations fall on the model provider.',
    sections: ['gpai'],
  },
];

/** The questions of a step the wizard shows now, given the answers so far. */
export function stepQuestions(step: WizardStep, answers: AiActAnswers): AiActQuestion[] {
  const relevant = relevantAnswers(answers);
  return EU_AI_ACT_RULE_PACK.questions.filter(
    (q) => step.sections.includes(q.section) && isQuestionAsked(q, relevant),
  );
}

export function isAnsweredNow(question: AiActQuestion, answers: AiActAnswers): boolean {
  const value = answers[question.id];
  return question.kind === 'text' ? typeof value === 'string' && value.trim() !== '' : value !== undefined;
}
