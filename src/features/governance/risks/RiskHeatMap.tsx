import { useState } from 'react';
import { Link } from 'react-router';
import { RISK_LEVEL_LABELS, riskHeatMap, type HeatMapMode, type Risk } from '../../../domain/governance';
import { recordPath } from '../registers/registerUi';
import { Segmented } from '../../../ui/Segmented';

const LIKELIHOOD = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const SEVERITY = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];
const MODES: { value: HeatMapMode; label: string }[] = [
  { value: 'current', label: 'Current' },
  { value: 'before', label: 'Inherent' },
  { value: 'after', label: 'Target' },
];

/** Open risks on a 5x5 heat map (likelihood x severity), before or after controls; each risk opens its page. */
export function RiskHeatMap({ clientId, risks }: { clientId: string; risks: Risk[] }) {
  const [mode, setMode] = useState<HeatMapMode>('current');
  const map = riskHeatMap(risks, mode);
  const modeLabel = `${MODES.find((m) => m.value === mode)!.label.toLowerCase()} level`;
  return (
    <section className="card" aria-labelledby="heatmap-title">
      <div className="gov-card-head">
        <h2 id="heatmap-title">Risk heat map</h2>
        <Segmented label="Scores to show" options={MODES} value={mode} onChange={setMode} />
      </div>
      <div className="heatmap">
        <span className="heatmap__axis heatmap__axis--y" aria-hidden>
          Severity
        </span>
        <table className="heatmap__grid" aria-label={`Risk heat map, ${modeLabel}`}>
          <tbody>
            {map.rows.map((row) => (
              <tr key={row[0].severity}>
                <th scope="row" className="heatmap__label">
                  {row[0].severity} <span className="muted">{SEVERITY[row[0].severity - 1]}</span>
                </th>
                {row.map((cell) => (
                  <td
                    key={cell.likelihood}
                    className={`heatmap__cell heatmap__cell--${cell.level}`}
                    aria-label={`Likelihood ${cell.likelihood}, severity ${cell.severity} (${RISK_LEVEL_LABELS[cell.level]}): ${cell.risks.length} ${cell.risks.length === 1 ? 'risk' : 'risks'}`}
                  >
                    {cell.risks.map((risk) => (
                      <Link
                        key={risk.id}
                        className="heatmap__risk"
                        to={recordPath(clientId, 'risks', risk.id)}
                        title={risk.title}
                      >
                        {risk.title}
                      </Link>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {LIKELIHOOD.map((label, i) => (
                <th key={label} scope="col" className="heatmap__label heatmap__label--x">
                  {i + 1} <span className="muted">{label}</span>
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
        <span className="heatmap__axis heatmap__axis--x" aria-hidden>
          Likelihood
        </span>
      </div>
      <p className="field__hint">
        {map.plotted} open {map.plotted === 1 ? 'risk' : 'risks'} plotted {modeLabel}. Level = likelihood ×
        severity: 1–4 low, 5–9 medium, 10–14 high, 15–25 critical. Closed risks are not shown.
      </p>
      {map.unscored.length > 0 && (
        <p className="gov-unscored">
          Not scored {modeLabel}:{' '}
          {map.unscored.map((risk, i) => (
            <span key={risk.id}>
              {i > 0 && ', '}
              <Link to={recordPath(clientId, 'risks', risk.id)}>{risk.title}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
