import { addDays } from 'date-fns';
import { agreedHoursPerMonth, type Client } from '../../domain/clients/client';
import { CALENDAR_KIND_LABELS, REGISTERS } from '../../domain/governance';
import type { PlanItem } from '../../domain/planning/plan';
import { plannedHoursPerWeek } from '../../domain/planning/plan';
import { workshopStatus } from '../../domain/workshops';
import { getConsultantProfile } from '../consultant/profile';
import { calendarAcrossClients } from '../governance/queries';
import type { CaioDatabase } from '../core/schema';
import { todayIso } from '../../domain/shared/dates';
import { tell } from '../../domain/shared/language';

export interface PlanData {
  today: string;
  items: PlanItem[];
  clients: Client[];
  consultantName: string;
  capacity: number;
  hoursPerWeek: number;
}

/**
 * Everything dated across the clients that are not archived, overdue or due within `weeks` weeks:
 * governance reviews and deadlines (with their owners), this client's vendor contract dates, and
 * planned workshops (the consultant's). Plus the planned hours and the capacity from the profile.
 * The kinds and the texts written here are in the interface's language (`tell`): read again when it changes.
 */
export async function planData(database: CaioDatabase, now: Date, weeks: number): Promise<PlanData> {
  const today = todayIso(now);
  const horizonDays = weeks * 7 + 7;
  const [governance, contracts, workshops, clients, profile, vendors] = await Promise.all([
    calendarAcrossClients(database, now, horizonDays),
    database.vendorContracts.toArray(),
    database.workshops.toArray(),
    database.clients.toArray(),
    getConsultantProfile(database),
    database.vendorProfiles.toArray(),
  ]);
  const active = new Map(clients.filter((c) => c.status !== 'archived').map((c) => [c.id, c]));
  const vendorName = new Map(vendors.map((v) => [v.id, v.name]));
  const horizon = todayIso(addDays(now, horizonDays));

  const items: PlanItem[] = governance.map((g) => ({
    key: g.key,
    clientId: g.clientId,
    date: g.date,
    kind: g.kind,
    kindLabel: tell(CALENDAR_KIND_LABELS[g.kind]),
    title: g.title,
    detail: g.detail,
    owner: g.owner,
    // Controls live in their own area, the registers under governance (as `recordPath` in the governance screens).
    path:
      g.registerId === 'controls'
        ? `/clients/${g.clientId}/controls/list/${g.recordId}`
        : `/clients/${g.clientId}/governance/${REGISTERS[g.registerId].slug}/${g.recordId}`,
  }));
  for (const c of contracts) {
    if (!active.has(c.clientId)) continue;
    const vendor = vendorName.get(c.vendorId) ?? tell('vendor');
    const dates: [string, string][] = [
      ['noticeBy', tell('Notice date of the {{vendor}} contract', { vendor })],
      ['contractEnd', tell('{{vendor}} contract ends', { vendor })],
    ];
    for (const [field, title] of dates) {
      const date = c[field as 'noticeBy' | 'contractEnd'];
      if (!date || date > horizon) continue;
      items.push({
        key: `contract:${c.id}:${field}`,
        clientId: c.clientId,
        date,
        kind: 'contract',
        kindLabel: tell('Vendor contract'),
        title,
        detail: c.dpaSigned ? tell('DPA signed') : tell('DPA not signed'),
        owner: '',
        path: `/clients/${c.clientId}/vendors`,
      });
    }
  }
  for (const w of workshops) {
    if (!active.has(w.clientId) || workshopStatus(w) !== 'planned' || w.date < today || w.date > horizon)
      continue;
    items.push({
      key: `workshop:${w.id}`,
      clientId: w.clientId,
      date: w.date,
      kind: 'workshop',
      kindLabel: tell('Workshop'),
      title: w.title,
      detail: tell('Facilitate the workshop'),
      owner: profile.name || 'Fractional CAIO',
      path: `/clients/${w.clientId}/workshops/${w.id}`,
    });
  }
  const running = [...active.values()].filter((c) => c.status === 'active');
  return {
    today,
    items: items.filter((i) => active.has(i.clientId)),
    clients: [...active.values()].sort((a, b) => a.name.localeCompare(b.name)),
    consultantName: profile.name,
    capacity: profile.weeklyCapacityHours,
    hoursPerWeek: plannedHoursPerWeek(running.map((c) => agreedHoursPerMonth(c))),
  };
}
