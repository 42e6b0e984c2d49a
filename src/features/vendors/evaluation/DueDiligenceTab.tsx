import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import {
  DD_TOPIC_LABELS,
  DD_TOPICS,
  removeDdQuestion,
  type DdAnswer,
  type DdQuestion,
} from '../../../domain/vendors';
import { saveDdAnswer } from '../../../db/vendors/evaluations';
import { db } from '../../../db/core/schema';
import { trackSave } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { InlineField } from '../shared/InlineField';
import { Badge } from '../../../ui/Badge';
import { AddQuestionForm } from './AddQuestionForm';
import type { EvaluationTabProps } from './tabProps';
import { activeVendor, VendorSwitch } from './VendorSwitch';
import { applyEvaluationChange } from './evaluationWrites';
import type { Translate } from '../../../domain/shared/language';
import { useT } from '../../../state/interfaceLanguage';

type Judgement = 'unjudged' | 'yes' | 'no';
const JUDGEMENTS: Judgement[] = ['unjudged', 'yes', 'no'];
const judgementLabels = (t: Translate): Record<Judgement, string> => ({
  unjudged: t('Not judged'),
  yes: t('Satisfactory'),
  no: t('Not satisfactory'),
});

/** Due-diligence questions per vendor, grouped by topic; the user can add questions to this evaluation. */
export function DueDiligenceTab({
  evaluation,
  comparison,
  readOnly,
  vendorId,
  onVendor,
  onNotice,
}: EvaluationTabProps) {
  const t = useT();
  const { active, row, entry } = activeVendor(evaluation, comparison.rows, vendorId);
  const [openOnly, setOpenOnly] = useState(false);
  const [removing, setRemoving] = useState<DdQuestion | null>(null);
  if (!row || !entry) return null;
  const dd = row.dueDiligence;
  const shown = evaluation.ddQuestions.filter((q) => !openOnly || dd.openQuestionIds.includes(q.id));

  const remove = (question: DdQuestion) =>
    applyEvaluationChange(evaluation.id, (e, now) => removeDdQuestion(e, question.id, now), onNotice, {
      failed: t('The question was not removed.'),
    });

  return (
    <section className="stack" aria-labelledby="dd-heading">
      <h2 id="dd-heading" className="visually-hidden">
        {t('Due diligence')}
      </h2>
      <VendorSwitch
        rows={comparison.rows}
        active={active}
        onChange={onVendor}
        label={t('Vendor whose answers to show')}
      />
      <div className="summary-strip">
        <span>
          <strong>{row.vendorName}</strong>:{' '}
          {t('{{answered}} of {{total}} answered', { answered: dd.answered, total: dd.total })}
        </span>
        {dd.open > 0 ? (
          <Badge tone="warning">{t('{{count}} open', { count: dd.open })}</Badge>
        ) : (
          <Badge tone="success">{t('All answered')}</Badge>
        )}
        {dd.unsatisfactory > 0 && (
          <Badge tone="danger">{t('{{count}} not satisfactory', { count: dd.unsatisfactory })}</Badge>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />{' '}
          {t('Show open questions only')}
        </label>
      </div>
      {shown.length === 0 && (
        <p className="empty-state">
          {openOnly
            ? t('Every question is answered for {{vendor}}.', { vendor: row.vendorName })
            : t('No due-diligence questions. Add one below.')}
        </p>
      )}
      {DD_TOPICS.map((topic) => {
        const questions = shown.filter((q) => q.topic === topic);
        if (questions.length === 0) return null;
        return (
          <section key={topic} className="card dd-topic" aria-labelledby={`dd-topic-${topic}`}>
            <h3 id={`dd-topic-${topic}`}>{t(DD_TOPIC_LABELS[topic])}</h3>
            <ol className="dd-list">
              {questions.map((q) => (
                <DdItem
                  key={`${active}-${q.id}`}
                  evaluationId={evaluation.id}
                  vendorId={active}
                  vendorName={row.vendorName}
                  question={q}
                  answer={entry.ddAnswers[q.id]}
                  readOnly={readOnly}
                  onRemove={() => setRemoving(q)}
                />
              ))}
            </ol>
          </section>
        );
      })}
      {!readOnly && <AddQuestionForm evaluationId={evaluation.id} />}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('Remove this question?')}
        message={t('“{{question}}” and every vendor’s answer to it are removed from this evaluation.', {
          question: removing?.question ?? '',
        })}
        confirmLabel={t('Remove question')}
        danger
        onConfirm={() => (removing ? remove(removing) : undefined)}
      />
    </section>
  );
}

function DdItem(props: {
  evaluationId: string;
  vendorId: string;
  vendorName: string;
  question: DdQuestion;
  answer?: DdAnswer;
  readOnly: boolean;
  onRemove(): void;
}) {
  const t = useT();
  const { question: q, answer, vendorName, readOnly } = props;
  const target = { vendorId: props.vendorId, questionId: q.id };
  const judgement: Judgement =
    answer?.satisfactory === undefined ? 'unjudged' : answer.satisfactory ? 'yes' : 'no';
  const textId = `dd-q-${props.vendorId}-${q.id}`;
  return (
    <li className="dd-item">
      <div className="dd-item__question">
        <p id={textId}>{q.question}</p>
        {!q.builtIn && <Badge tone="info">{t('Added')}</Badge>}
        {!q.builtIn && !readOnly && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('Remove question: {{question}}', { question: q.question })}
            onClick={props.onRemove}
          >
            <Trash2 size={16} aria-hidden />
          </button>
        )}
      </div>
      <div className="dd-item__answer">
        <InlineField
          label={t('Answer from {{vendor}}', { vendor: vendorName })}
          describedBy={textId}
          multiline
          value={answer?.answer ?? ''}
          disabled={readOnly}
          placeholder={t('Open')}
          save={(raw) => saveDdAnswer(db, props.evaluationId, target, { answer: raw })}
        />
        <select
          className="select"
          aria-label={t('Judgement of the answer from {{vendor}}', { vendor: vendorName })}
          aria-describedby={textId}
          value={judgement}
          disabled={readOnly}
          onChange={(e) => {
            const value = e.target.value as Judgement;
            void trackSave(
              saveDdAnswer(db, props.evaluationId, target, {
                satisfactory: value === 'unjudged' ? null : value === 'yes',
              }),
            ).catch(() => undefined);
          }}
        >
          {JUDGEMENTS.map((j) => (
            <option key={j} value={j}>
              {judgementLabels(t)[j]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
