import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { deleteMeasurement } from '../../../db/portfolio/useCases';
import {
  formatKpiValue,
  MEASUREMENT_CONFIDENCE_LABELS,
  type Kpi,
  type Measurement,
} from '../../../domain/portfolio';
import { trackSave } from '../../../state/saveStatus';
import { offerUndo } from '../../../state/undoStore';
import { AutoSaveField } from '../../../ui/AutoSaveField';
import { Badge } from '../../../ui/Badge';
import { IconButton } from '../../../ui/IconButton';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { formatDay } from '../labels';
import { useT } from '../../../state/interfaceLanguage';

/** Measurements listed before "Show all": the log of a long-running KPI stays readable (and quick). */
const LOG_ROWS = 12;

/** A KPI's measurements, newest first, each note editable in place and each deletable (with undo). */
export function MeasurementLog({ kpi, measurements }: { kpi: Kpi; measurements: readonly Measurement[] }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  if (measurements.length === 0) return null;
  const show = (v: number) => formatKpiValue(v, kpi.unit, kpi.unitLabel, t);
  const beforeBaseline = (m: Measurement) => kpi.baselineDate !== null && m.date < kpi.baselineDate;
  const newestFirst = [...measurements].reverse();
  const columns: TableColumn<Measurement>[] = [
    { key: 'date', header: t('Date'), render: (m) => formatDay(m.date) },
    { key: 'value', header: t('Value'), numeric: true, render: (m) => show(m.value) },
    {
      key: 'confidence',
      header: t('Confidence'),
      render: (m) => t(MEASUREMENT_CONFIDENCE_LABELS[m.confidence]),
    },
    {
      key: 'note',
      header: t('Note'),
      className: 'muted',
      render: (m) => (
        <>
          <AutoSaveField
            label={t('Note of the measurement of {{date}}', { date: formatDay(m.date) })}
            hideLabel
            className="field--in-table"
            value={m.note}
            save={(note) => updateRecord(db, 'kpiMeasurements', m.id, { note })}
          />
          {beforeBaseline(m) && <Badge tone="warning">{t('Before the baseline date: not counted')}</Badge>}
        </>
      ),
    },
    {
      key: 'actions',
      header: t('Actions'),
      headerHidden: true,
      render: (m) => (
        <IconButton
          label={t('Delete measurement of {{date}}', { date: formatDay(m.date) })}
          icon={Trash2}
          size={15}
          onClick={() =>
            void trackSave(deleteMeasurement(db, m.id)).then((deletion) =>
              offerUndo(t('Measurement of {{date}} deleted.', { date: formatDay(m.date) }), deletion?.id),
            )
          }
        />
      ),
    },
  ];
  return (
    <>
      <RecordTable
        label={t('Measurements of {{name}}', { name: kpi.name })}
        compact
        columns={columns}
        rows={showAll ? newestFirst : newestFirst.slice(0, LOG_ROWS)}
        rowKey={(m) => m.id}
      />
      {measurements.length > LOG_ROWS && (
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('Show the latest {{n}} only', { n: LOG_ROWS })
            : t('Show all {{n}} measurements', { n: measurements.length })}
        </button>
      )}
    </>
  );
}
