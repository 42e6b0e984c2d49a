import { describe, expect, it } from 'vitest';
import { decideVendor, EVALUATION_CSV_HEADER, evaluationCsvRows } from '../../../../src/domain/vendors';
import { CSV_BOM, toCsv } from '../../../../src/domain/shared/csv';
import { PROFILES, scoredEvaluation, T2, unwrap } from './fixtures';

describe('evaluationCsvRows', () => {
  const evaluation = unwrap(
    decideVendor(
      scoredEvaluation(),
      {
        vendorId: 'v-cvsense',
        outcome: 'selected',
        rationale: 'EU data, no training, best eligible score',
        date: '2025-03-17',
        confirmGaps: true,
      },
      T2,
    ),
  );
  const rows = evaluationCsvRows(evaluation, PROFILES);
  const vendorRows = (name: string) => rows.filter((r) => r[0] === name);

  it('starts with the header and has one row per vendor x criterion plus totals, gates, counts and decision', () => {
    expect(rows[0]).toEqual([...EVALUATION_CSV_HEADER]);
    // 7 criteria + 2 totals + 5 gates + due diligence + unverified + decision = 17 per vendor
    expect(rows).toHaveLength(1 + 3 * 17);
    expect(rows.every((r) => r.length === EVALUATION_CSV_HEADER.length)).toBe(true);
  });

  it('lists vendors in rank order with their criterion scores and evidence', () => {
    expect([...new Set(rows.slice(1).map((r) => `${r[1]} ${r[0]}`))]).toEqual([
      '1 CVSense',
      '2 Summa HR',
      '3 TalentLens AI',
    ]);
    const quality = vendorRows('CVSense').find((r) => r[3] === "Quality on the client's own data")!;
    expect(quality).toEqual([
      'CVSense',
      '1',
      'Criterion',
      "Quality on the client's own data",
      '25',
      '4',
      '1',
      'Trial on 40 anonymised CVs, criterion quality',
      'Verified',
    ]);
  });

  it('writes totals, the failed gate, unverified scores and the decision', () => {
    const talentLens = vendorRows('TalentLens AI');
    expect(talentLens.find((r) => r[3] === 'Weighted average (1-5)')).toEqual([
      'TalentLens AI',
      '3',
      'Total',
      'Weighted average (1-5)',
      '100',
      '3.95',
      '',
      '',
      'Ruled out by knock-out gate',
    ]);
    expect(talentLens.find((r) => r[3] === 'Weighted score (0-100%)')?.[5]).toBe('73.8');
    expect(talentLens.find((r) => r[3] === 'Trains on customer data without opt-out')).toEqual([
      'TalentLens AI',
      '3',
      'Knock-out gate',
      'Trains on customer data without opt-out',
      '',
      'Fail',
      '',
      'Terms s.7: CVs are used to improve models; no opt-out offered.',
      'Ruled out',
    ]);
    expect(talentLens.find((r) => r[3] === 'Support and reliability')?.[8]).toBe('Unverified (no evidence)');
    expect(talentLens.find((r) => r[3] === 'Unverified scores')?.[5]).toBe('1');
    expect(talentLens.find((r) => r[2] === 'Decision')?.[5]).toBe('Not decided');
    expect(vendorRows('CVSense').find((r) => r[2] === 'Decision')).toEqual([
      'CVSense',
      '1',
      'Decision',
      'Decision',
      '',
      'Selected',
      '',
      'EU data, no training, best eligible score',
      '2025-03-17',
    ]);
    expect(vendorRows('CVSense').find((r) => r[3] === 'Open questions')?.[7]).toBe(
      '0 of 20 answered; 0 not satisfactory',
    );
  });

  it('turns into RFC 4180 text with the shared writer', () => {
    const text = CSV_BOM + toCsv(rows);
    expect(
      text.startsWith(
        '\uFEFFVendor,Rank,Section,Item,Weight (%),Value,Weighted points,Evidence / note,Status\r\n',
      ),
    ).toBe(true);
    expect(text).toContain(
      `CVSense,1,Criterion,Quality on the client's own data,25,4,1,"Trial on 40 anonymised CVs, criterion quality",Verified\r\n`,
    );
  });
});
