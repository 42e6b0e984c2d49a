import { useState } from 'react';
import { RISK_LEVEL_LABELS, riskHeatMap, type HeatMapMode, type Risk } from '../../../domain/governance';
import { recordPath } from '../registers/registerUi';
import { Segmented } from '../../../ui/Segmented';
import { useT } from '../../../state/interfaceLanguage';
import { useRouteLinks } from '../../../ui/useRouteLinks';

export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
export const SEVERITY_LABELS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];
export const HEAT_MAP_MODES: { value: HeatMapMode; label: string }[] = [
  { value: 'current', label: 'Current' },
  { value: 'before', label: 'Inherent' },
  { value: 'after', label: 'Target' },
];

/** Open risks on a 5x5 heat map (likelihood x severity), before or after controls; each risk opens its page. */
export function RiskHeatMap({ clientId, risks }: { clientId: string; risks: Risk[] }) {
  const t = useT();
  const link = useRouteLinks();
  const riskLink = (risk: Risk) => link(recordPath(clientId, 'risks', risk.id));
  const [mode, setMode] = useState<HeatMapMode>('current');
  const map = riskHeatMap(risks, mode);
  const modes = HEAT_MAP_MODES.map((m) => ({ ...m, label: t(m.label) }));
  const modeLabel = t(
    mode === 'current' ? 'current level' : mode === 'before' ? 'inherent level' : 'target level',
  );
  return (
    <section className="card" aria-labelledby="heatmap-title">
      <div className="gov-card-head">
        <h2 id="heatmap-title">{t('Risk heat map')}</h2>
        <Segmented label={t('Scores to show')} options={modes} value={mode} onChange={setMode} />
      </div>
      <div className="heatmap">
        <span className="heatmap__axis heatmap__axis--y" aria-hidden>
          {t('Severity')}
        </span>
        <table className="heatmap__grid" aria-label={t('Risk heat map, {{level}}', { level: modeLabel })}>
          <tbody>
            {map.rows.map((row) => (
              <tr key={row[0].severity}>
                <th scope="row" className="heatmap__label">
                  {row[0].severity} <span className="muted">{t(SEVERITY_LABELS[row[0].severity - 1])}</span>
                </th>
                {row.map((cell) => (
                  <td
                    key={cell.likelihood}
                    className={`heatmap__cell heatmap__cell--${cell.level}`}
                    aria-label={t(
                      'Likelihood {{likelihood}}, severity {{severity}} ({{level}}): {{count}} risks',
                      {
                        likelihood: cell.likelihood,
                        severity: cell.severity,
                        level: t(RISK_LEVEL_LABELS[cell.level]),
                        count: cell.risks.length,
                      },
                    )}
                  >
                    {cell.risks.map((risk) => (
                      <a key={risk.id} className="heatmap__risk" {...riskLink(risk)} title={risk.title}>
                        {risk.title}
                      </a>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {LIKELIHOOD_LABELS.map((label, i) => (
                <th key={label} scope="col" className="heatmap__label heatmap__label--x">
                  {i + 1} <span className="muted">{t(label)}</span>
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
        <span className="heatmap__axis heatmap__axis--x" aria-hidden>
          {t('Likelihood')}
        </span>
      </div>
      <p className="field__hint">
        {t(
          '{{count}} open risks plotted at the {{level}}. Level = likelihood × severity: 1–4 low, 5–9 medium, 10–14 high, 15–25 critical. Closed risks are not shown.',
          { count: map.plotted, level: modeLabel },
        )}
      </p>
      {map.unscored.length > 0 && (
        <p className="gov-unscored">
          {t('Not scored at the {{level}}:', { level: modeLabel })}{' '}
          {map.unscored.map((risk, i) => (
            <span key={risk.id}>
              {i > 0 && ', '}
              <a {...riskLink(risk)}>{risk.title}</a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
