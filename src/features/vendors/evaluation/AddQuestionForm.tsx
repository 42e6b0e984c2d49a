import { useState, type FormEvent } from 'react';
import { addDdQuestion, DD_TOPIC_LABELS, DD_TOPICS, type DdTopic } from '../../../domain/vendors';
import { errorReasons } from '../../../db/vendors/errors';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorList } from '../shared/Notice';
import { writeEvaluationChange } from './evaluationWrites';
import { useT } from '../../../state/interfaceLanguage';

/** Adds a question of the user's own to this evaluation (asked of every vendor). */
export function AddQuestionForm({ evaluationId }: { evaluationId: string }) {
  const t = useT();
  const [topic, setTopic] = useState<DdTopic>('data-handling');
  const [question, setQuestion] = useState('');
  const [reasons, setReasons] = useState<string[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await trackSave(
        writeEvaluationChange(evaluationId, (e, now) => addDdQuestion(e, { topic, question }, now)),
      );
      setQuestion('');
      setReasons([]);
    } catch (err) {
      setReasons(errorReasons(err, describeWriteError));
    }
  };
  return (
    <form className="card inline-form" onSubmit={submit} noValidate aria-labelledby="add-dd-heading">
      <h3 id="add-dd-heading">{t('Add a question')}</h3>
      <div className="inline-form__fields">
        <div className="field">
          <label htmlFor="dd-new-topic">{t('Topic')}</label>
          <select id="dd-new-topic" value={topic} onChange={(e) => setTopic(e.target.value as DdTopic)}>
            {DD_TOPICS.map((value) => (
              <option key={value} value={value}>
                {t(DD_TOPIC_LABELS[value])}
              </option>
            ))}
          </select>
        </div>
        <div className={`field field--grow ${reasons.length ? 'field--invalid' : ''}`}>
          <label htmlFor="dd-new-question">{t('Question')}</label>
          <input
            id="dd-new-question"
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            aria-invalid={reasons.length ? true : undefined}
            aria-describedby={reasons.length ? 'dd-new-error' : undefined}
          />
          <ErrorList id="dd-new-error" reasons={reasons} />
        </div>
        <button type="submit" className="button inline-form__submit">
          {t('Add question')}
        </button>
      </div>
    </form>
  );
}
