import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { Link } from 'react-router';
import {
  DPIA_RULE_EXPLANATION,
  DPIA_STATUS_LABELS,
  screenDpia,
  type DpiaNeed,
  type DpiaStatus,
} from '../../../domain/governance';
import { useFieldSave, useShownValue } from '../fields/useFieldSave';
import { recordPath } from '../registers/registerUi';
import { formatDay } from '../../../domain/shared/dates';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

interface Screened {
  id: string;
  dpiaCriteria: string[];
  dpiaStatus: DpiaStatus;
  dpiaDate: string | null;
}

/**
 * DPIA screening with the nine EDPB/WP248 criteria (GDPR Art. 35). Two or more: "DPIA likely
 * required", shown until a DPIA is recorded (status Completed here or on a linked processing record).
 */
export function DpiaScreeningPanel(props: {
  registerId: 'aiSystems' | 'privacyRecords';
  record: Screened;
  need?: DpiaNeed;
  clientId: string;
}) {
  const { registerId, record, need, clientId } = props;
  const t = useT();
  const { error, save } = useFieldSave(registerId, record.id, 'dpiaCriteria');
  const [criteria, setCriteria] = useShownValue(record.dpiaCriteria);
  const change = (next: string[]) => {
    setCriteria(next);
    void save(next).then((ok) => ok || setCriteria(record.dpiaCriteria));
  };
  const result = screenDpia(criteria);
  const likely = need ? need.likelyRequired : result.likelyRequired;
  const done = need ? need.done : record.dpiaStatus === 'completed';

  return (
    <section className="card" aria-labelledby={`dpia-${record.id}`}>
      <div className="gov-card-head">
        <h2 id={`dpia-${record.id}`}>{t('DPIA screening')}</h2>
        <span className="muted">
          {t('{{n}} of 9 criteria · DPIA status: {{status}}', {
            n: result.count,
            status: t(DPIA_STATUS_LABELS[record.dpiaStatus]),
          })}
        </span>
      </div>
      {likely && !done && (
        <p className="gov-alert gov-alert--warning" role="status">
          <AlertTriangle size={18} aria-hidden />
          <span>
            <strong>{t('DPIA likely required')}</strong>{' '}
            {registerId === 'aiSystems'
              ? t(
                  '({{n}} of 9 criteria). Carry out the DPIA and set its status to Completed below, or on a linked processing record.',
                  { n: result.count },
                )
              : t('({{n}} of 9 criteria). Carry out the DPIA and set its status to Completed below.', {
                  n: result.count,
                })}
          </span>
        </p>
      )}
      {likely && done && (
        <p className="gov-alert gov-alert--success" role="status">
          <CheckCircle2 size={18} aria-hidden />
          <span>
            {record.dpiaStatus === 'completed' || !need?.doneOn ? (
              <>
                {record.dpiaDate
                  ? t('DPIA recorded on {{date}}.', { date: formatDay(record.dpiaDate) })
                  : t('DPIA recorded.')}
              </>
            ) : (
              <>
                {t('DPIA recorded on the processing record')}{' '}
                <Link to={recordPath(clientId, 'privacyRecords', need.doneOn.id)}>{need.doneOn.title}</Link>.
              </>
            )}
          </span>
        </p>
      )}
      {!likely && (
        <p className="muted">
          {result.count === 0
            ? t('No criteria ticked yet.')
            : t(
                'Fewer than two criteria: a DPIA is not likely required. Record your reasoning in the notes.',
              )}
        </p>
      )}
      <fieldset className="gov-fieldset dpia-criteria">
        <legend className="visually-hidden">{t('DPIA screening criteria')}</legend>
        {result.criteria.map((criterion) => (
          <label key={criterion.id} className="dpia-criterion">
            <input
              type="checkbox"
              checked={criterion.selected}
              onChange={(e) =>
                change(
                  e.target.checked
                    ? [...criteria, criterion.id]
                    : criteria.filter((id) => id !== criterion.id),
                )
              }
            />
            <span>
              <strong>{t(criterion.label)}</strong>
              <span className="field__hint">{t(criterion.explanation)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorText>{error}</ErrorText>
      <p className="field__hint">{t(DPIA_RULE_EXPLANATION)}</p>
    </section>
  );
}
