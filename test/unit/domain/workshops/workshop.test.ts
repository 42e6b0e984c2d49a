import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AGENDA,
  agendaSchedule,
  agendaTotalMinutes,
  parseNextSteps,
  pickWorkshops,
  participantTotal,
  validateWorkshop,
  validateWorkshopField,
  workshopStatus,
} from '../../../../src/domain/workshops';
import { NOW, workshop } from './fixtures';

describe('a new workshop', () => {
  it('is planned with the default agenda of six items (105 minutes) and a valid, idle session on the first item', () => {
    const w = workshop();
    expect(validateWorkshop(w).ok).toBe(true);
    expect(w.agenda.map((a) => a.title)).toEqual([
      'Introduction',
      'Pain points',
      'Idea capture',
      'Scoring',
      'Decisions',
      'Next steps',
    ]);
    expect(w.agenda.map((a) => a.activity)).toEqual([
      'talk',
      'talk',
      'capture',
      'score',
      'decide',
      'next-steps',
    ]);
    expect(agendaTotalMinutes(w.agenda)).toBe(105);
    expect(new Set(w.agenda.map((a) => a.id)).size).toBe(DEFAULT_AGENDA.length);
    expect(w.session).toEqual({
      agendaIndex: 0,
      timer: { status: 'idle', remainingMs: 10 * 60_000, endsAtMs: null },
      selectedIdeaId: null,
    });
    expect(workshopStatus(w)).toBe('planned');
    expect(w.dotsPerParticipant).toBe(3);
  });

  it('is in progress once started and held once ended', () => {
    expect(workshopStatus({ startedAt: NOW, endedAt: null })).toBe('running');
    expect(workshopStatus({ startedAt: NOW, endedAt: NOW })).toBe('held');
  });
});

describe('workshop fields', () => {
  it('trims and accepts good values', () => {
    expect(validateWorkshopField('title', '  Year-end ideas ')).toEqual({
      ok: true,
      value: 'Year-end ideas',
    });
    expect(validateWorkshopField('startTime', '09:30')).toEqual({ ok: true, value: '09:30' });
    expect(validateWorkshopField('startTime', '')).toEqual({ ok: true, value: '' });
    expect(validateWorkshopField('participantCount', null)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['title', '   ', 'Title is required'],
    ['date', '2026-02-30', 'Date must be a valid date (YYYY-MM-DD)'],
    ['startTime', '25:00', 'Start time must be a time such as 09:30'],
    ['participantCount', 0, 'Number of participants must be a whole number from 1 to 500'],
    ['participantCount', 2.5, 'Number of participants must be a whole number from 1 to 500'],
    ['dotsPerParticipant', 11, 'Dots per participant must be a whole number from 0 to 10'],
    ['agenda', [], 'The agenda needs at least one item'],
    [
      'agenda',
      [{ id: 'a', title: 'Intro', minutes: 0, activity: 'talk' }],
      'Minutes must be a whole number from 1 to 480',
    ],
    ['agenda', [{ id: 'a', title: ' ', minutes: 5, activity: 'talk' }], 'Each agenda item needs a title'],
    [
      'agenda',
      [{ id: 'a', title: 'Intro', minutes: 5, activity: 'dance' }],
      'Choose what happens during this agenda item',
    ],
    ['participants', [{ id: 'p', name: '', role: 'Partner' }], 'Each participant needs a name'],
  ] as const)('%s = %j is refused: %s', (field, value, message) => {
    expect(validateWorkshopField(field, value)).toEqual({ ok: false, message });
  });
});

describe('participants', () => {
  it('counts named participants, or else the count given', () => {
    expect(participantTotal({ participants: [], participantCount: null })).toBe(0);
    expect(participantTotal({ participants: [], participantCount: 14 })).toBe(14);
    expect(
      participantTotal({ participants: [{ id: '1', name: 'Joost', role: '' }], participantCount: 14 }),
    ).toBe(1);
  });
});

describe('agenda schedule', () => {
  it('gives clock times from the start time, across midnight too', () => {
    const agenda = [{ minutes: 10 }, { minutes: 45 }, { minutes: 20 }];
    expect(agendaSchedule(agenda, '23:30').map((s) => [s.starts, s.ends])).toEqual([
      ['23:30', '23:40'],
      ['23:40', '00:25'],
      ['00:25', '00:45'],
    ]);
    expect(agendaSchedule(agenda, '').every((s) => s.starts === null && s.ends === null)).toBe(true);
  });
});

describe('next steps', () => {
  it('takes one step per non-empty line, without bullets', () => {
    expect(
      parseNextSteps('- Send summary to all staff\n\n  • Joost: pick owners  \r\n* Review in April'),
    ).toEqual(['Send summary to all staff', 'Joost: pick owners', 'Review in April']);
  });
});

describe('last and next workshop (overview card)', () => {
  it('takes the latest one that took place and the first one still to come', () => {
    const held = workshop({ id: 'held', date: '2026-03-01', startedAt: NOW, endedAt: NOW });
    const missed = workshop({ id: 'missed', date: '2026-03-05' });
    const soon = workshop({ id: 'soon', date: '2026-03-20' });
    const later = workshop({ id: 'later', date: '2026-04-20' });
    expect(pickWorkshops([later, held, soon, missed], '2026-03-10')).toEqual({ last: missed, next: soon });
    expect(pickWorkshops([later], '2026-03-10')).toEqual({ last: null, next: later });
    expect(pickWorkshops([], '2026-03-10')).toEqual({ last: null, next: null });
  });
});
