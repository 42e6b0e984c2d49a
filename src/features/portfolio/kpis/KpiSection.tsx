import { Plus } from 'lucide-react';
import { memo, useState } from 'react';
import {
  KPI_STATUS_RULE_EXPLANATION,
  type Kpi,
  type Measurement,
  type UseCase,
} from '../../../domain/portfolio';
import { KpiDialog } from './KpiDialog';
import { KpiPanel } from './KpiPanel';
import { useT } from '../../../state/interfaceLanguage';

/**
 * A KPI's panel is drawn again only when what it shows changes: its KPI, the measurements, or the use case's
 * id and pilot period (all it reads of the use case), not on every keystroke in another field of the page.
 */
const KpiPanelOnChange = memo(
  KpiPanel,
  (before, after) =>
    before.kpi === after.kpi &&
    before.measurements === after.measurements &&
    before.useCase.id === after.useCase.id &&
    before.useCase.charter.startDate === after.useCase.charter.startDate &&
    before.useCase.charter.plannedEndDate === after.useCase.charter.plannedEndDate,
);

/** The KPIs of a use case, each with its measurements, chart and status. */
export function KpiSection({
  useCase,
  kpis,
  measurements,
}: {
  useCase: UseCase;
  kpis: Kpi[];
  measurements: Measurement[];
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const own = kpis
    .filter((k) => k.useCaseId === useCase.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return (
    <section className="card" aria-labelledby="uc-kpis">
      <div className="card__head">
        <h2 id="uc-kpis">{t('KPIs and measurements')}</h2>
        <button type="button" className="button button--small" onClick={() => setAdding(true)}>
          <Plus size={15} aria-hidden /> {t('Add KPI')}
        </button>
      </div>
      {own.length === 0 ? (
        <p className="muted">
          {t(
            'No KPI yet. Typical KPIs: task time (minutes), time saved (hours per week), error or rework rate, adoption %, acceptance rate of AI output, cost per task. A measurable KPI is needed before the pilot starts.',
          )}
        </p>
      ) : (
        <div className="kpi-list">
          {own.map((kpi) => (
            <KpiPanelOnChange key={kpi.id} kpi={kpi} useCase={useCase} measurements={measurements} />
          ))}
        </div>
      )}
      <details className="explain">
        <summary>{t('How the status is computed')}</summary>
        <p>{t(KPI_STATUS_RULE_EXPLANATION)}</p>
      </details>
      {adding && <KpiDialog useCaseId={useCase.id} open onOpenChange={setAdding} />}
    </section>
  );
}
