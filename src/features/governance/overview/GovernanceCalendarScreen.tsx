import { withControlItems } from '../../controls/ControlGapGroup';
import { format, parseISO } from 'date-fns';
import { useMemo, useState } from 'react';
import {
  CALENDAR_KIND_LABELS,
  CALENDAR_KINDS,
  governanceCalendar,
  type CalendarItem,
  type CalendarKind,
} from '../../../domain/governance';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { useControlsData, useGovernance, useNow } from '../useGovernance';
import { DueList } from './DueList';
import { todayIso } from '../../../domain/shared/dates';
import { monthIn } from '../../../domain/shared/language';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

/** Everything due in the client's governance: reviews, obligations, incident deadlines, actions, refreshes. */
export function GovernanceCalendarScreen() {
  const { client, data } = useGovernance();
  const controls = useControlsData(client.id);
  const { lang, t } = useInterfaceWording();
  const now = useNow();
  const [kind, setKind] = useState<CalendarKind | ''>('');
  const all = useMemo(
    () => (controls ? withControlItems(governanceCalendar(data, now), controls, todayIso(now)) : []),
    // The items' texts are in the interface's language: written again when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, controls, now, lang],
  );
  if (!controls) return null;
  const items = kind ? all.filter((i) => i.kind === kind) : all;
  const overdue = items.filter((i) => i.status === 'overdue');
  const soon = items.filter((i) => i.status === 'dueSoon');
  const later = items.filter((i) => i.status === 'later');
  const months = new Map<string, CalendarItem[]>();
  for (const item of later) {
    const month = monthIn(lang, format(parseISO(item.date), 'yyyy-MM-01'));
    months.set(month, [...(months.get(month) ?? []), item]);
  }

  return (
    <div className="page">
      <PageHeader
        title={t('Governance calendar')}
        subtitle={t(
          '{{client}} · review dates, EU AI Act obligation dates, incident reporting deadlines, actions and training refreshes',
          { client: client.name },
        )}
        actions={
          <CsvExportButton
            fileName={`${client.shortName || client.name} - ${t('Governance calendar')} - ${todayIso(now)}`}
            rows={() => [
              [t('Date'), t('Status'), t('Kind'), t('What'), t('Detail')],
              ...items.map((i) => [i.date, i.label, t(CALENDAR_KIND_LABELS[i.kind]), i.title, i.detail]),
            ]}
            disabled={items.length === 0}
          />
        }
      />
      <label className="gov-filter">
        <span className="visually-hidden">{t('Show')}</span>
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as CalendarKind | '')}
          aria-label={t('Show kind of item')}
        >
          <option value="">{t('Everything ({{n}})', { n: all.length })}</option>
          {CALENDAR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t('{{kind}} ({{n}})', {
                kind: t(CALENDAR_KIND_LABELS[k]),
                n: all.filter((i) => i.kind === k).length,
              })}
            </option>
          ))}
        </select>
      </label>
      {items.length === 0 && (
        <div className="empty-state">
          {t('Nothing dated yet. Review dates, due dates and obligations of the registers appear here.')}
        </div>
      )}
      {overdue.length > 0 && (
        <CalendarGroup id="overdue" title={t('Overdue')} items={overdue} clientId={client.id} />
      )}
      {soon.length > 0 && (
        <CalendarGroup id="next-14-days" title={t('Next 14 days')} items={soon} clientId={client.id} />
      )}
      {[...months].map(([month, list]) => (
        <CalendarGroup key={month} id={month} title={month} items={list} clientId={client.id} />
      ))}
    </div>
  );
}

function CalendarGroup({
  id: name,
  title,
  items,
  clientId,
}: {
  id: string;
  title: string;
  items: CalendarItem[];
  clientId: string;
}) {
  const id = `cal-${name.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="segmented__count">{items.length}</span>
      </h2>
      <DueList items={items} clientId={clientId} label={title} />
    </section>
  );
}
