import { Link } from 'react-router';
import { UNTRAINED_REASON_LABELS, literacyCoverage, type GovernanceData } from '../../../domain/governance';
import { recordPath } from '../registers/registerUi';
import { todayIso } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

/** AI-literacy coverage (Art. 4): the share of AI users with current training, and who is missing. */
export function LiteracyCoverageCard({
  clientId,
  data,
  now,
}: {
  clientId: string;
  data: GovernanceData;
  now: Date;
}) {
  const t = useT();
  const coverage = literacyCoverage(data.aiSystems, data.trainingRecords, todayIso(now));
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('AI-literacy coverage')}</h2>
      <CoverageMeter
        percent={coverage.percent}
        trained={coverage.trainedPeople}
        total={coverage.totalPeople}
      />
      {coverage.untrained.length > 0 && (
        <ul className="bullet-list">
          {coverage.untrained.map((person) => (
            <li key={person.name}>
              {person.trainingRecordId ? (
                <Link to={recordPath(clientId, 'trainingRecords', person.trainingRecordId)}>
                  {person.name}
                </Link>
              ) : (
                <strong>{person.name}</strong>
              )}
              {person.headcount > 1 && (
                <span className="muted"> {t('({{count}} people)', { count: person.headcount })}</span>
              )}
              : {t(UNTRAINED_REASON_LABELS[person.reason])}
              {person.systems.length > 0 && (
                <span className="muted">
                  {' '}
                  · {t('uses {{systems}}', { systems: person.systems.join(', ') })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="field__hint">
        {t(
          'People are the entries of this register plus the users listed on AI systems in use. Names match ignoring case and a role in brackets. Training counts while its refresh date has not passed.',
        )}
      </p>
    </section>
  );
}

export function CoverageMeter({
  percent,
  trained,
  total,
}: {
  percent: number | null;
  trained: number;
  total: number;
}) {
  const t = useT();
  if (percent === null)
    return (
      <p className="muted">
        {t(
          'Nobody is recorded as using AI systems yet: list the users on the AI systems or add training records.',
        )}
      </p>
    );
  const tone = percent >= 90 ? 'good' : percent >= 60 ? 'fair' : 'poor';
  return (
    <div className="coverage">
      <span className={`coverage__value coverage__value--${tone}`}>{percent}%</span>
      <span
        className="coverage__bar"
        role="meter"
        aria-label={t('AI-literacy coverage')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span className={`coverage__fill coverage__fill--${tone}`} style={{ width: `${percent}%` }} />
      </span>
      <span className="muted">{t('{{trained}} of {{count}} people trained', { trained, count: total })}</span>
    </div>
  );
}
