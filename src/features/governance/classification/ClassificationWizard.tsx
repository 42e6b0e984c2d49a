import { Check, ChevronLeft, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import {
  EU_AI_ACT_RULE_PACK,
  classifyAiAct,
  prohibitedPracticeFound,
  type AiActAnswers,
  type AiActQuestion,
} from '../../../domain/governance';
import { ClassificationResult } from './ClassificationResult';
import { QuestionInput } from './QuestionInput';
import { WIZARD_STEPS, isAnsweredNow, stepQuestions } from './wizardSteps';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

export interface ClassificationWizardProps {
  /** What is classified, e.g. the AI system's name. */
  subject: string;
  answers: AiActAnswers;
  /** Answers given (undefined = cleared), several at once for "None of the others apply". */
  onAnswer: (patch: Partial<Record<AiActQuestion['id'], boolean | string | undefined>>) => void;
  /** Today (YYYY-MM-DD): obligations show whether they are in force. */
  asOf: string;
  onSave: () => void;
  saveError: string | null;
}

const RESULT = WIZARD_STEPS.length;

/** The titles of the steps the not-needed questions belong to, in wizard order. */
function notNeededSteps(ids: readonly string[]): string[] {
  const sections = new Set(
    EU_AI_ACT_RULE_PACK.questions.filter((q) => ids.includes(q.id)).map((q) => q.section),
  );
  return WIZARD_STEPS.filter((s) => s.sections.some((section) => sections.has(section))).map((s) => s.title);
}

/**
 * The EU AI Act classification wizard, step by step in the order of the rule pack: Art. 5, Annex I
 * and III, the Art. 6(3) exception with the profiling override, Art. 50, role, GPAI, then the result.
 * Reusable for AI systems and use cases: it only reads and reports answers.
 */
export function ClassificationWizard({
  subject,
  answers,
  onAnswer,
  asOf,
  onSave,
  saveError,
}: ClassificationWizardProps) {
  const t = useT();
  const [stepIndex, setStepIndex] = useState(0);
  const applicable = WIZARD_STEPS.map((step) => stepQuestions(step, answers).length > 0);
  const go = (from: number, by: number) => {
    let next = from + by;
    while (next >= 0 && next < RESULT && !applicable[next]) next += by;
    setStepIndex(Math.max(0, Math.min(RESULT, next)));
  };
  const result = classifyAiAct(answers, asOf);
  const prohibited = prohibitedPracticeFound(answers);
  const step = WIZARD_STEPS[stepIndex];
  const questions = step ? stepQuestions(step, answers) : [];

  return (
    <div className="wizard">
      <nav aria-label={t('Classification steps')}>
        <ol className="wizard-steps">
          {WIZARD_STEPS.map((s, i) => {
            const qs = stepQuestions(s, answers);
            const done = qs.filter((q) => isAnsweredNow(q, answers)).length;
            const status = !applicable[i]
              ? t('Not applicable')
              : done === qs.length
                ? t('Answered')
                : prohibited
                  ? t('Not needed')
                  : t('{{shown}} of {{total}}', { shown: done, total: qs.length });
            return (
              <li key={s.id}>
                <button
                  type="button"
                  className="wizard-steps__item"
                  aria-current={i === stepIndex ? 'step' : undefined}
                  disabled={!applicable[i]}
                  onClick={() => setStepIndex(i)}
                >
                  <span className="wizard-steps__number">
                    {applicable[i] && done === qs.length ? <Check size={14} aria-hidden /> : i + 1}
                  </span>
                  <span>
                    {t(s.title)}
                    <span className="wizard-steps__status">{status}</span>
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              className="wizard-steps__item"
              aria-current={stepIndex === RESULT ? 'step' : undefined}
              onClick={() => setStepIndex(RESULT)}
            >
              <span className="wizard-steps__number">{RESULT + 1}</span>
              <span>
                {t('Result')}
                <span className="wizard-steps__status">
                  {result.answersComplete
                    ? t('Ready to save')
                    : t('{{n}} open', { n: result.missingAnswers.length })}
                </span>
              </span>
            </button>
          </li>
        </ol>
      </nav>
      <section className="card wizard-body" aria-labelledby="wizard-step-title">
        {step ? (
          <>
            <header>
              <h2 id="wizard-step-title">
                {t('Step {{n}}: {{title}}', { n: stepIndex + 1, title: t(step.title) })}{' '}
                <span className="article">{step.article}</span>
              </h2>
              <p className="muted">{t(step.intro)}</p>
              {prohibited && stepIndex > 0 && (
                <p className="gov-alert gov-alert--warning" role="status">
                  {t(
                    'A prohibited practice was found: this step is optional. Unanswered questions are saved as not needed.',
                  )}
                </p>
              )}
            </header>
            {questions.map((q) => (
              <QuestionInput
                key={q.id}
                question={q}
                answers={answers}
                onAnswer={(id, value) => onAnswer({ [id]: value })}
              />
            ))}
            <div className="wizard-nav">
              <button
                type="button"
                className="button"
                onClick={() => go(stepIndex, -1)}
                disabled={stepIndex === 0}
              >
                <ChevronLeft size={16} aria-hidden /> {t('Back')}
              </button>
              {step.noneApply && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    onAnswer(
                      Object.fromEntries(
                        questions
                          .filter((q) => q.kind === 'yesNo' && answers[q.id] === undefined)
                          .map((q) => [q.id, false]),
                      ),
                    )
                  }
                >
                  {t('None of the others apply')}
                </button>
              )}
              {prohibited && stepIndex < RESULT - 1 && (
                <button type="button" className="button" onClick={() => setStepIndex(RESULT)}>
                  {t('Skip to the result: the rest is not needed')}
                </button>
              )}
              <button type="button" className="button button--primary" onClick={() => go(stepIndex, 1)}>
                {stepIndex === RESULT - 1
                  ? t('See the result')
                  : prohibited
                    ? t('Next (optional)')
                    : t('Next')}{' '}
                <ChevronRight size={16} aria-hidden />
              </button>
            </div>
          </>
        ) : (
          <>
            <header>
              <h2 id="wizard-step-title">{t('Result for {{subject}}', { subject })}</h2>
              {!result.answersComplete && (
                <div className="gov-alert gov-alert--warning" role="status">
                  <p>
                    {t(
                      'Provisional: {{count}} questions are not answered (counted as “no”). Answer them to save:',
                      {
                        count: result.missingAnswers.length,
                      },
                    )}
                  </p>
                  <ul>
                    {result.missingAnswers.map((id) => {
                      const question = EU_AI_ACT_RULE_PACK.questions.find((q) => q.id === id)!;
                      const at = WIZARD_STEPS.findIndex((s) => s.sections.includes(question.section));
                      return (
                        <li key={id}>
                          <button type="button" className="link-button" onClick={() => setStepIndex(at)}>
                            {question.article}: {t(question.text)}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
              {result.notNeeded.length > 0 && (
                <div className="gov-alert gov-alert--warning" role="status" aria-label={t('Not needed')}>
                  <p>
                    {t(
                      'A prohibited practice was found, so the remaining steps are not needed: {{steps}} ({{count}} questions). They are saved as not needed. The use must stop.',
                      {
                        steps: notNeededSteps(result.notNeeded)
                          .map((title) => t(title))
                          .join(', '),
                        count: result.notNeeded.length,
                      },
                    )}
                  </p>
                </div>
              )}
            </header>
            <ClassificationResult result={result} tier={result.tier} obligations={result.obligations} />
            <ErrorText>{saveError}</ErrorText>
            <div className="wizard-nav">
              <button type="button" className="button" onClick={() => go(RESULT, -1)}>
                <ChevronLeft size={16} aria-hidden /> {t('Back')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={onSave}
                disabled={!result.answersComplete}
              >
                {t('Save classification')}
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
