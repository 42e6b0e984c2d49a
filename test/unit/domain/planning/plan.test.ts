import { describe, expect, it } from 'vitest';
import {
  capacityLine,
  groupByWeek,
  plannedHoursPerWeek,
  planItems,
  weekLabel,
  weekOf,
  whoseItem,
  type PlanItem,
} from '../../../../src/domain/planning/plan';

const item = (key: string, date: string, over: Partial<PlanItem> = {}): PlanItem => ({
  key,
  clientId: 'c1',
  date,
  kind: 'review',
  kindLabel: 'Review',
  title: key,
  detail: '',
  owner: '',
  path: '/',
  ...over,
});

describe('the week plan', () => {
  it('tells mine from the client’s to chase by the owner', () => {
    expect(whoseItem('Anna de Wit', 'Anna de Wit')).toBe('mine');
    expect(whoseItem('anna', 'Anna de Wit')).toBe('mine');
    expect(whoseItem('Marieke de Vries', 'Anna de Wit')).toBe('client');
    expect(whoseItem('', 'Anna de Wit')).toBe('unassigned');
    expect(whoseItem('Marieke', '')).toBe('client');
    expect(whoseItem('Fractional CAIO', '')).toBe('mine');
  });

  it('groups overdue first, then by ISO week (Monday to Sunday), empty weeks included, with filters', () => {
    const items = [
      item('late', '2026-11-20', { owner: 'Anna de Wit' }),
      item('thisWeek', '2026-12-06', { owner: 'Marieke' }),
      item('nextMonday', '2026-12-07', { clientId: 'c2', kind: 'contract' }),
      item('far', '2027-03-01'),
    ];
    const planned = planItems(items, '2026-12-02', 'Anna de Wit');
    const weeks = groupByWeek(planned, '2026-12-02', 3, 22.25, 24);
    expect(weeks.map((w) => [w.week, w.items.map((i) => i.key)])).toEqual([
      ['overdue', ['late']],
      ['2026-11-30', ['thisWeek']],
      ['2026-12-07', ['nextMonday']],
      ['2026-12-14', []],
    ]);
    expect(weeks[1]).toMatchObject({
      label: 'Week 49 · 30 Nov – 6 Dec 2026',
      hoursPlanned: 22.25,
      capacity: 24,
    });
    expect(planned.find((i) => i.key === 'late')).toMatchObject({ whose: 'mine', overdue: true });
    expect(planItems(items, '2026-12-02', 'Anna de Wit', { clientId: 'c2' }).map((i) => i.key)).toEqual([
      'nextMonday',
    ]);
    expect(planItems(items, '2026-12-02', 'Anna de Wit', { kind: 'contract' }).map((i) => i.key)).toEqual([
      'nextMonday',
    ]);
    expect(planItems(items, '2026-12-02', 'Anna de Wit', { whose: 'client' }).map((i) => i.key)).toEqual([
      'thisWeek',
    ]);
  });

  it('weeks cross month and year ends', () => {
    expect(weekOf('2027-01-01')).toBe('2026-12-28');
    expect(weekLabel('2026-12-28')).toBe('Week 53 · 28 Dec – 3 Jan 2027');
  });

  it('spreads the agreed monthly hours over weeks and compares them with the capacity', () => {
    expect(plannedHoursPerWeek([16, 40, null, 24])).toBe(18.5);
    expect(capacityLine(18.5, 24)).toBe('18.5 of 24 h planned');
    expect(capacityLine(26, 24)).toBe('26 of 24 h planned: over capacity by 2 h');
    expect(capacityLine(18.5, null)).toBe('18.5 h planned (set your weekly capacity in your profile)');
  });
});
