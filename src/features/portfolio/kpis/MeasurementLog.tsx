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

/** Measurements listed before "Show all": the log of a long-running KPI stays readable (and quick). */
const LOG_ROWS = 12;

/** A KPI's measurements, newest first, each note editable in place and each deletable (with undo). */
export function MeasurementLog({ kpi, measurements }: { kpi: Kpi; measurements: readonly Measurement[] }) {
  const [showAll, setShowAll] = useState(false);
  if (measurements.length === 0) return null;
  const show = (v: number) => formatKpiValue(v, kpi.unit, kpi.unitLabel);
  const beforeBaseline = (m: Measurement) => kpi.baselineDate !== null && m.date < kpi.baselineDate;
  const newestFirst = [...measurements].reverse();
  const columns: TableColumn<Measurement>[] = [
    { key: 'date', header: 'Date', render: (m) => formatDay(m.date) },
    { key: 'value', header: 'Value', numeric: true, render: (m) => show(m.value) },
    { key: 'confidence', header: 'Confidence', render: (m) => MEASUREMENT_CONFIDENCE_LABELS[m.confidence] },
    {
      key: 'note',
      header: 'Note',
      className: 'muted',
      render: (m) => (
        <>
          <AutoSaveField
            label={`Note of the measurement of ${formatDay(m.date)}`}
            hideLabel
            className="field--in-table"
            value={m.note}
            save={(note) => updateRecord(db, 'kpiMeasurements', m.id, { note })}
          />
          {beforeBaseline(m) && <Badge tone="warning">Before the baseline date: not counted</Badge>}
        </>
      ),
    },
    {
      key: 'actions',
      header: 'Actions',
      headerHidden: true,
      render: (m) => (
        <IconButton
          label={`Delete measurement of ${formatDay(m.date)}`}
          icon={Trash2}
          size={15}
          onClick={() =>
            void trackSave(deleteMeasurement(db, m.id)).then((deletion) =>
              offerUndo(`Measurement of ${formatDay(m.date)} deleted.`, deletion?.id),
            )
          }
        />
      ),
    },
  ];
  return (
    <>
      <RecordTable
        label={`Measurements of ${kpi.name}`}
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
          {showAll ? `Show the latest ${LOG_ROWS} only` : `Show all ${measurements.length} measurements`}
        </button>
      )}
    </>
  );
}
