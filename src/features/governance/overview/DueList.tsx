import { Link } from 'react-router';
import { CALENDAR_KIND_LABELS, type CalendarItem } from '../../../domain/governance';
import { recordPath } from '../registers/registerUi';
import { formatDay } from '../../../domain/shared/dates';

/** Calendar items as a compact table: what, kind, date and how soon (red when overdue). */
export function DueList({
  items,
  clientId,
  label,
  showKind = true,
}: {
  items: CalendarItem[];
  clientId: string;
  label: string;
  showKind?: boolean;
}) {
  return (
    <table className="table table--compact due-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Due</th>
          <th scope="col">What</th>
          {showKind && <th scope="col">Kind</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key} className={`due-row due-row--${item.status}`}>
            <td className="nowrap">
              {formatDay(item.date)}
              <span className={`due-label due-label--${item.status}`}>{item.label}</span>
            </td>
            <td>
              <Link to={recordPath(clientId, item.registerId, item.recordId)}>{item.title}</Link>
              <span className="field__hint">{item.detail}</span>
            </td>
            {showKind && <td>{CALENDAR_KIND_LABELS[item.kind]}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
