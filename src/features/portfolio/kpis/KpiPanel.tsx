import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { deleteKpi } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import {
  formatKpiValue,
  isMeasurableKpi,
  KPI_DIRECTION_LABELS,
  kpiStatus,
  type Kpi,
  type Measurement,
  type UseCase,
} from '../../../domain/portfolio';
import { trackSave } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { IconButton } from '../../../ui/IconButton';
import { formatDay, KpiStatusBadge } from '../labels';
import { KpiDialog } from './KpiDialog';
import { KpiTrendChart } from './KpiTrendChart';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementLog } from './MeasurementLog';
import { todayIso } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

/** One KPI: its definition, status with the reason, trend chart, measurement form and log. */
export function KpiPanel({
  kpi,
  useCase,
  measurements,
}: {
  kpi: Kpi;
  useCase: UseCase;
  measurements: Measurement[];
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const period = { start: useCase.charter.startDate, end: useCase.charter.plannedEndDate };
  const own = measurements
    .filter((m) => m.kpiId === kpi.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const status = kpiStatus(kpi, own, todayIso(), period);
  const show = (v: number | null) => (v === null ? '—' : formatKpiValue(v, kpi.unit, kpi.unitLabel, t));
  const beforeBaseline = (m: Measurement) => kpi.baselineDate !== null && m.date < kpi.baselineDate;
  const headingId = `kpi-${kpi.id}`;

  return (
    <article className="kpi-panel" aria-labelledby={headingId}>
      <header className="kpi-panel__head">
        <h3 id={headingId}>{kpi.name}</h3>
        <KpiStatusBadge status={status.status} />
        <span className="kpi-panel__actions">
          <IconButton
            label={t('Edit KPI {{name}}', { name: kpi.name })}
            icon={Pencil}
            onClick={() => setEditing(true)}
          />
          <IconButton
            label={t('Delete KPI {{name}}', { name: kpi.name })}
            icon={Trash2}
            onClick={() => setConfirmDelete(true)}
          />
        </span>
      </header>
      <dl className="kpi-facts">
        <div>
          <dt>{t('Baseline')}</dt>
          <dd>
            {show(kpi.baselineValue)}{' '}
            {kpi.baselineDate && <span className="muted small">({formatDay(kpi.baselineDate)})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('Target')}</dt>
          <dd>{show(kpi.targetValue)}</dd>
        </div>
        <div>
          <dt>{t('Scale-up threshold')}</dt>
          <dd>{show(kpi.scaleUpThreshold)}</dd>
        </div>
        <div>
          <dt>{t('Direction')}</dt>
          <dd>{t(KPI_DIRECTION_LABELS[kpi.direction])}</dd>
        </div>
        {kpi.tasksPerMonth != null && (
          <div>
            <dt>{t('Tasks per month')}</dt>
            <dd>{kpi.tasksPerMonth}</dd>
          </div>
        )}
        <div>
          <dt>{t('Latest')}</dt>
          <dd>{status.latest ? `${show(status.latest.value)} (${formatDay(status.latest.date)})` : '—'}</dd>
        </div>
      </dl>
      {kpi.definition && (
        <p className="muted small">{t('Measured as: {{definition}}', { definition: kpi.definition })}</p>
      )}
      <p className={`kpi-explanation kpi-explanation--${status.status}`}>
        {status.explanation}
        {status.scaleUpThresholdMet === true && ` ${t('The scale-up threshold is met.')}`}
        {status.scaleUpThresholdMet === false && ` ${t('The scale-up threshold is not met yet.')}`}
      </p>
      {!isMeasurableKpi(kpi) && (
        <p className="inline-alert small">
          {t(
            'Give this KPI a baseline (value and date) and a target to make it measurable; without a measurable KPI the use case cannot enter pilot.',
          )}
        </p>
      )}
      {(own.length > 0 || isMeasurableKpi(kpi)) && (
        <KpiTrendChart
          kpi={kpi}
          measurements={own.filter((m) => !beforeBaseline(m))}
          plannedEnd={period.end}
        />
      )}
      <MeasurementForm kpi={kpi} />
      <MeasurementLog kpi={kpi} measurements={own} />
      {editing && <KpiDialog useCaseId={useCase.id} kpi={kpi} open onOpenChange={setEditing} />}
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t('Delete KPI {{name}}?', { name: kpi.name })}
        message={t(
          'Its {{count}} measurements are deleted too. Gate decisions keep the evidence they froze.',
          { count: own.length },
        )}
        confirmLabel={t('Delete KPI')}
        danger
        onConfirm={async () => void (await trackSave(deleteKpi(db, kpi.id)))}
      />
    </article>
  );
}
