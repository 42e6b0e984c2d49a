import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  csvField,
  toCsv,
  USE_CASE_CSV_HEADER,
  csvRowsOfUseCases,
} from '../../../../src/domain/portfolio';
import { cvSummaries, jobPostings, makeUseCase, staffingKpis, staffingUseCases } from './fixtures';

describe('toCsv', () => {
  it('leaves plain fields alone and separates records with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('Recruitment, IT desk')).toBe('"Recruitment, IT desk"');
    expect(csvField('The "CV parser"')).toBe('"The ""CV parser"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('keeps non-ASCII text as is', () => {
    expect(toCsv([['Zoë Müller', 'Überprüfung – CV’s', '日本語', '€ 4.000']])).toBe(
      'Zoë Müller,Überprüfung – CV’s,日本語,€ 4.000',
    );
  });

  it('round-trips tricky values through a CSV parser', () => {
    const rows = [
      ['Title', 'Note'],
      ['Summarising CVs, "high risk"', 'Human review of\nevery summary'],
      ['Crème brûlée, “quotes”', ''],
      ['"', ',\r\n,'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });

  it('exports the UTF-8 byte order mark', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('formula cells in the use-case export', () => {
  it('are neutralised by the shared writer, once', () => {
    const rows = csvRowsOfUseCases([
      makeUseCase({ title: '=HYPERLINK("http://x")', businessOwner: '+31 20 123' }),
    ]);
    const text = toCsv(rows);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(`"'+31 20 123"`);
    expect(text).not.toContain(`''`);
  });
});

describe('csvRowsOfUseCases', () => {
  const column = (name: (typeof USE_CASE_CSV_HEADER)[number]) => USE_CASE_CSV_HEADER.indexOf(name);

  it('writes a header and one row per use case', () => {
    const rows = csvRowsOfUseCases(staffingUseCases, staffingKpis);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([...USE_CASE_CSV_HEADER]);
    expect(rows.every((r) => r.length === USE_CASE_CSV_HEADER.length)).toBe(true);
  });

  it('fills the job postings row', () => {
    const [, row] = csvRowsOfUseCases([jobPostings], staffingKpis);
    expect(row[column('Title')]).toBe('Writing job postings');
    expect(row[column('Stage')]).toBe('Pilot');
    expect(row[column('In stage since')]).toBe('2026-01-12');
    expect(row[column('Impact')]).toBe('4');
    expect(row[column('Effort')]).toBe('1');
    expect(row[column('Risk tier')]).toBe('Limited risk (transparency)');
    expect(row[column('Priority (0-100)')]).toBe('37');
    expect(row[column('Quadrant')]).toBe('Quick win');
    expect(row[column('Hard filters')]).toBe('');
    expect(row[column('KPIs')]).toBe('Time to draft a job posting');
    expect(row[column('Budget planned (EUR)')]).toBe('4000');
    expect(row[column('Affected persons')]).toBe('candidates');
  });

  it('shows hard filters, empty scores and overrides', () => {
    const ownerless = makeUseCase({
      id: 'uc-new',
      title: '=1+1',
      businessOwner: '',
      scores: { impact: null, reach: null, feasibility: null, dataReadiness: null, confidence: null },
      pilotLimitOverride: { reason: 'Board, "urgent"', at: '2026-03-01T09:00:00.000Z' },
    });
    const [, row] = csvRowsOfUseCases([ownerless], staffingKpis);
    expect(row[column('Title')]).toBe('=1+1');
    expect(row[column('Hard filters')]).toBe(
      'Park: No business owner; Cannot enter pilot: No measurable KPI',
    );
    expect(row[column('Impact')]).toBe('');
    expect(row[column('Priority (0-100)')]).toBe('');
    expect(row[column('Pilot limit override')]).toBe('Board, "urgent" (2026-03-01)');
  });

  it('leaves the KPI filter and column out when no KPIs are given', () => {
    const [, row] = csvRowsOfUseCases([cvSummaries]);
    expect(row[column('Hard filters')]).toBe('');
    expect(row[column('KPIs')]).toBe('');
  });

  it('produces a file a spreadsheet parser reads back with the same cells', () => {
    const tricky = makeUseCase({
      title: 'Résumé summaries, "v2"',
      problemStatement: 'Recruiters spend 12 minutes per CV.\nCandidates wait a week.',
      affectedPersons: ['candidates', 'recruiters'],
    });
    const rows = csvRowsOfUseCases([tricky, cvSummaries], staffingKpis);
    const text = CSV_BOM + toCsv(rows);
    const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' });
    expect(parsed.data).toEqual(rows);
    expect(parsed.data[1][column('Problem statement')]).toBe(
      'Recruiters spend 12 minutes per CV.\nCandidates wait a week.',
    );
  });
});
