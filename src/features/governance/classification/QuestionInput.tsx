import type { AiActAnswers, AiActQuestion } from '../../../domain/governance';
import { useT } from '../../../state/interfaceLanguage';

/** One wizard question: yes/no or a choice as radio buttons, or a text answer; with help and article. */
export function QuestionInput({
  question,
  answers,
  onAnswer,
}: {
  question: AiActQuestion;
  answers: AiActAnswers;
  onAnswer: (id: AiActQuestion['id'], value: boolean | string | undefined) => void;
}) {
  const t = useT();
  const value = answers[question.id];
  const name = `q-${question.id}`;
  const helpId = `${name}-help`;
  if (question.kind === 'text') {
    return (
      <div className="field wizard-question">
        <label htmlFor={name}>
          {t(question.text)} <span className="article">{question.article}</span>
        </label>
        <textarea
          id={name}
          rows={3}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={helpId}
          onChange={(e) => onAnswer(question.id, e.target.value === '' ? undefined : e.target.value)}
        />
        <p className="field__hint" id={helpId}>
          {t(question.help)}
        </p>
      </div>
    );
  }
  const choices =
    question.kind === 'choice'
      ? (question.options ?? []).map((o) => ({ value: o.value as string | boolean, label: t(o.label) }))
      : [
          { value: true, label: t('Yes') },
          { value: false, label: t('No') },
        ];
  return (
    <fieldset className="wizard-question gov-fieldset" aria-describedby={helpId}>
      <legend>
        {t(question.text)} <span className="article">{question.article}</span>
      </legend>
      <div className={`wizard-choices ${question.kind === 'choice' ? 'wizard-choices--stacked' : ''}`}>
        {choices.map((choice) => (
          <label
            key={String(choice.value)}
            className={`wizard-choice ${value === choice.value ? 'wizard-choice--selected' : ''}`}
          >
            <input
              type="radio"
              name={name}
              checked={value === choice.value}
              onChange={() => onAnswer(question.id, choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <p className="field__hint" id={helpId}>
        {t(question.help)}
      </p>
    </fieldset>
  );
}
