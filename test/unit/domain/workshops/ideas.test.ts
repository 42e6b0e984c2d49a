import { describe, expect, it } from 'vitest';
import {
  IDEA_CSV_HEADER,
  ideaMapPoints,
  ideaStats,
  ideasByTheme,
  ideasCsv,
  rankIdeas,
  summaryPages,
  themesOf,
  validateIdea,
  validateIdeaField,
  voteBudget,
  voteRefusal,
  workshopsCsv,
  IDEAS_PER_SLIDE,
} from '../../../../src/domain/workshops';
import { idea, workshop } from './fixtures';

describe('idea fields', () => {
  it('a captured idea is valid, undecided, unscored, without votes', () => {
    expect(validateIdea(idea(1)).ok).toBe(true);
    expect(idea(1)).toMatchObject({ outcome: 'open', impact: null, effort: null, votes: 0, useCaseId: null });
  });

  it.each([
    ['title', ' ', 'The idea needs a title'],
    ['impact', 0, 'Impact must be a whole number from 1 to 5'],
    ['effort', 6, 'Effort must be a whole number from 1 to 5'],
    ['effort', 2.5, 'Effort must be a whole number from 1 to 5'],
    ['votes', -1, 'Votes must be a whole number of 0 or more'],
    ['outcome', 'maybe', 'Outcome must be: becomes a use case, parked, dropped or not decided'],
    ['theme', 'x'.repeat(81), 'Theme is too long (at most 80 characters)'],
  ] as const)('%s = %j is refused: %s', (field, value, message) => {
    expect(validateIdeaField(field, value)).toEqual({ ok: false, message });
  });

  it('clearing a score is allowed', () => {
    expect(validateIdeaField('impact', null)).toEqual({ ok: true, value: null });
  });
});

describe('impact/effort map', () => {
  it('plots only ideas scored on both axes, spreading ideas that share a cell', () => {
    const points = ideaMapPoints([
      idea(1, { impact: 5, effort: 1 }),
      idea(2, { impact: 5, effort: 1 }),
      idea(3, { impact: 2, effort: 4 }),
      idea(4, { impact: 4, effort: null }),
    ]);
    expect(points.map((p) => [p.number, p.quadrant])).toEqual([
      [1, 'quick-win'],
      [2, 'quick-win'],
      [3, 'time-sink'],
    ]);
    expect(points[2]).toMatchObject({ x: 4, y: 2 });
    expect([points[0].x, points[0].y]).not.toEqual([points[1].x, points[1].y]);
    expect(Math.hypot(points[0].x - 1, points[0].y - 5)).toBeCloseTo(0.3, 2);
  });
});

describe('ranking', () => {
  it('puts quick wins first, then strategic bets, fill-ins, time sinks, then unscored by votes', () => {
    const ranked = rankIdeas([
      idea(1, { impact: 2, effort: 5 }),
      idea(2, { impact: 4, effort: 4 }),
      idea(3, { impact: 4, effort: 2, votes: 1 }),
      idea(4, { impact: 5, effort: 2 }),
      idea(5, { impact: 2, effort: 1 }),
      idea(6, { votes: 5 }),
      idea(7, { votes: 2 }),
      idea(8, { impact: 4, effort: 2, votes: 3 }),
    ]);
    expect(ranked.map((i) => i.number)).toEqual([4, 8, 3, 2, 5, 1, 6, 7]);
  });
});

describe('dot votes', () => {
  it('gives each participant their dots and refuses more', () => {
    const w = workshop({ participantCount: 4, dotsPerParticipant: 2 });
    const budget = voteBudget(w, [idea(1, { votes: 5 }), idea(2, { votes: 2 })]);
    expect(budget).toEqual({ participants: 4, perParticipant: 2, total: 8, used: 7, remaining: 1 });
    expect(voteRefusal(budget)).toBeNull();
    const full = voteBudget(w, [idea(1, { votes: 8 })]);
    expect(voteRefusal(full)).toBe('All 8 dots are placed (4 participants × 2).');
    expect(voteRefusal(voteBudget({ ...w, dotsPerParticipant: 0 }, []))).toMatch(/Dot voting is off/);
    expect(voteBudget({ ...w, participantCount: null }, [idea(1, { votes: 30 })])).toMatchObject({
      total: null,
      remaining: null,
    });
    expect(voteRefusal(voteBudget({ ...w, participantCount: null }, []))).toBeNull();
  });
});

describe('themes', () => {
  it('groups case-insensitively, alphabetically, with ungrouped ideas last', () => {
    const ideas = [
      idea(1, { theme: 'Client contact' }),
      idea(2, { theme: 'year-end' }),
      idea(3),
      idea(4, { theme: 'client contact ' }),
      idea(5, { theme: 'Year-end' }),
    ];
    expect(themesOf(ideas)).toEqual(['Client contact', 'year-end']);
    expect(ideasByTheme(ideas).map((g) => [g.theme, g.ideas.map((i) => i.number)])).toEqual([
      ['Client contact', [1, 4]],
      ['year-end', [2, 5]],
      [null, [3]],
    ]);
  });
});

describe('statistics and CSV', () => {
  const ideas = [
    idea(1, {
      title: 'Invoice coding, "auto"',
      impact: 4,
      effort: 2,
      votes: 3,
      theme: 'Bookkeeping',
      outcome: 'use-case',
      useCaseId: 'uc-1',
    }),
    idea(2, { title: 'Chatbot', outcome: 'dropped', description: 'Line one\nline two' }),
    idea(3, { impact: 3, effort: 5, outcome: 'parked' }),
  ];

  it('counts ideas, scored ideas, outcomes and conversions', () => {
    expect(ideaStats(ideas)).toEqual({
      ideas: 3,
      scored: 2,
      outcomes: { open: 0, 'use-case': 1, parked: 1, dropped: 1 },
      converted: 1,
    });
  });

  it('writes one row per idea with the quadrant, outcome and current use-case title', () => {
    const csv = ideasCsv(ideas, new Map([['uc-1', 'Automatic invoice coding']]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(IDEA_CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      '1,"Invoice coding, ""auto""",,,,Bookkeeping,4,2,Quick win,3,Becomes a use case,,Automatic invoice coding',
    );
    expect(csv).toContain('"Line one\nline two"');
    expect(lines.at(-1)).toBe('3,Idea 3,,,,,3,5,Strategic bet,0,Parked,,');
  });

  it('lists workshops with their counts', () => {
    const csv = workshopsCsv([
      { workshop: workshop({ participantCount: 12, location: 'Utrecht' }), stats: ideaStats(ideas) },
    ]);
    expect(csv.split('\r\n')[1]).toBe('AI ideation,2026-03-10,Planned,12,105,3,2,1,1,1,0,Utrecht');
  });
});

describe('summary pages', () => {
  it('has title, agenda, as many idea slides as needed, map, decisions and next steps', () => {
    const many = Array.from({ length: IDEAS_PER_SLIDE * 2 + 1 }, (_, i) => idea(i + 1));
    const pages = summaryPages(many);
    expect(pages.map((p) => p.kind)).toEqual([
      'title',
      'agenda',
      'ideas',
      'ideas',
      'ideas',
      'map',
      'decisions',
      'next-steps',
    ]);
    expect(
      pages
        .filter((p) => p.kind === 'ideas')
        .map((p) => (p.kind === 'ideas' ? [p.part, p.parts, p.ideas.length] : null)),
    ).toEqual([
      [1, 3, IDEAS_PER_SLIDE],
      [2, 3, IDEAS_PER_SLIDE],
      [3, 3, 1],
    ]);
    expect(summaryPages([]).filter((p) => p.kind === 'ideas')).toHaveLength(1);
  });
});
