import { describe, expect, it } from 'vitest';
import { humanize, recordsToCsv, recordsToCsvRows } from '../../../../src/domain/backup';

describe('CSV export of any register', () => {
  it('has one column per field, lists joined, nested values as JSON, formulas neutralised', () => {
    const rows = recordsToCsvRows([
      {
        id: 'a',
        clientId: 'c1',
        title: '=HYPERLINK("http://evil")',
        tags: ['x', 'y'],
        score: 4,
        at: new Date('2026-01-01T00:00:00Z'),
        nested: { a: 1 },
      },
      { id: 'b', clientId: 'c1', title: 'Plain, with comma', extra: true },
    ]);
    expect(rows[0]).toEqual(['ID', 'Title', 'Tags', 'Score', 'At', 'Nested', 'Extra']);
    expect(rows[1]).toEqual([
      'a',
      '=HYPERLINK("http://evil")',
      'x; y',
      '4',
      '2026-01-01T00:00:00.000Z',
      '{"a":1}',
      '',
    ]);
    expect(rows[2]).toEqual(['b', 'Plain, with comma', '', '', '', '', 'true']);
    expect(recordsToCsv([{ id: 'b', title: 'Plain, with comma' }])).toBe('ID,Title\r\nb,"Plain, with comma"');
    expect(recordsToCsv([{ id: 'a', title: '=HYPERLINK("http://evil")' }])).toBe(
      `ID,Title\r\na,"'=HYPERLINK(""http://evil"")"`,
    );
    expect(recordsToCsv([{ id: 'b', title: 'x;y' }], [], { separator: ';' })).toBe('ID;Title\r\nb;"x;y"');
  });

  it('names fields in words', () => {
    expect(humanize('businessOwner')).toBe('Business owner');
    expect(humanize('dpiaStatus')).toBe('DPIA status');
    expect(humanize('kpis')).toBe('KPIs');
    expect(humanize('aiSystemIds')).toBe('AI system IDs');
  });
});
