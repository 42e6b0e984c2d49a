import { Link } from 'react-router';
import {
  RISK_LEVEL_LABELS,
  incidentsAskingRescore,
  riskPosition,
  type Incident,
  type Risk,
} from '../../../domain/governance';
import { governancePath, recordPath } from '../registers/registerUi';
import { formatDay } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

/** Where this risk sits on the heat map at its three levels: inherent, current and target. */
export function RiskScoresPanel({
  risk,
  clientId,
  incidents,
}: {
  risk: Risk;
  clientId: string;
  incidents: readonly Incident[];
}) {
  const t = useT();
  const toRescore = incidentsAskingRescore(risk, incidents);
  const rows = [
    { label: t('Inherent (before controls)'), position: riskPosition(risk, 'before') },
    {
      label: risk.controlsInPlace
        ? t('Current (controls in place)')
        : t('Current (controls not yet in place: inherent)'),
      position: riskPosition(risk, 'current'),
    },
    { label: t('Target (after treatment)'), position: riskPosition(risk, 'after') },
  ];
  return (
    <section className="card" aria-labelledby="risk-scores">
      <div className="gov-card-head">
        <h2 id="risk-scores">{t('Position on the heat map')}</h2>
        <Link to={governancePath(clientId, 'risks')}>{t('Open the heat map')}</Link>
      </div>
      {toRescore.length > 0 && (
        <div className="gov-rescore" role="note" aria-label={t('Re-score this risk')}>
          <p>
            <strong>{t('Re-score this risk.')}</strong> {t('It was realised by:')}{' '}
            {toRescore.map((incident, i) => (
              <span key={incident.id}>
                {i > 0 && ', '}
                <Link to={recordPath(clientId, 'incidents', incident.id)}>{incident.title}</Link>{' '}
                {t('(detected {{date}})', { date: formatDay(incident.detectedAt!.slice(0, 10)) })}
              </span>
            ))}
            .{' '}
            {t(
              'Check its likelihood, severity and whether its controls really are in place; the prompt goes once the risk is updated.',
            )}
          </p>
        </div>
      )}
      <div className="risk-scores">
        {rows.map(({ label, position }) => (
          <div key={label} className="risk-scores__item">
            <span className="muted">{label}</span>
            {position ? (
              <span className={`risk-level risk-level--${position.level}`}>
                {t('{{level}} · likelihood {{likelihood}} × severity {{severity}} = {{score}}', {
                  level: t(RISK_LEVEL_LABELS[position.level]),
                  likelihood: position.likelihood,
                  severity: position.severity,
                  score: position.score,
                })}
              </span>
            ) : (
              <span className="muted">{t('Not scored yet')}</span>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
