import { Link } from 'react-router';
import {
  CONTROL_GAP_LABELS,
  controlDueItems,
  controlGaps,
  requirementStates,
  type ControlGap,
} from '../../domain/controls';
import type { CalendarItem } from '../../domain/governance';
import type { ControlsData } from '../../db/controls/queries';
import { useInterfaceLanguage, useT } from '../../state/interfaceLanguage';

/**
 * How the controls programme feeds governance: overdue control reviews and expired or missing
 * evidence join the gaps; control reviews and evidence expiry join the calendar and due lists.
 */
export function controlRecordGaps(data: ControlsData, today: string): ControlGap[] {
  const { lang, t } = useInterfaceLanguage.getState();
  return controlGaps(data, requirementStates(data, today), [], today, { lang, t });
}

export function withControlItems(
  items: readonly CalendarItem[],
  data: ControlsData,
  today: string,
): CalendarItem[] {
  return [...items, ...controlDueItems(data.controls, data.evidence, today)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title),
  );
}

export function ControlGapGroup({ clientId, gaps }: { clientId: string; gaps: ControlGap[] }) {
  const t = useT();
  return (
    <div className="gap-group">
      <h3>{t('AI management system')}</h3>
      <ul className="bullet-list">
        {gaps.map((gap, i) => (
          <li key={`${gap.controlId}-${i}`}>
            <Link to={`/clients/${clientId}/controls/list/${gap.controlId}`}>{gap.subject}</Link>{' '}
            <span className="muted">
              {t('{{gap}}: {{message}}', { gap: t(CONTROL_GAP_LABELS[gap.kind]), message: gap.message })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
