import { describe, expect, it } from 'vitest';
import { buildHandoverDocument, defaultPresentation, escapeHtml, humanize, recordsToCsv, recordsToCsvRows } from '../../../../src/domain/backup';

const client = { id: 'c1', name: 'Café <Nord> & Søn', notes: '<script>alert(1)</script>', logo: null, createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z' };

describe('handover document', () => {
  const html = buildHandoverDocument({
    client,
    sections: [
      { table: 'useCases', presentation: defaultPresentation('useCases', 0), records: [{ id: 'uc1', clientId: 'c1', title: 'CV summaries', stage: 'pilot', owners: ['Ann', 'Bo'], charter: { hypothesis: 'Saves 2 h/week' } }] },
      { table: 'kpis', presentation: defaultPresentation('kpis', 1), records: [{ id: 'k1', clientId: 'c1', useCaseId: 'uc1', name: 'Time saved', onerror: '" onmouseover="alert(1)' }] },
      { table: 'incidents', presentation: defaultPresentation('incidents', 2), records: [] },
      { table: 'settings', presentation: { ...defaultPresentation('settings', 3), inDocument: false }, records: [{ id: 'secret', value: 'internal' }] },
    ],
    titles: new Map([['uc1', 'CV summaries']]),
    generatedAt: new Date('2026-05-01T10:00:00Z'),
    appVersion: '1.2.3',
  });

  it('shows every register, empty ones too, and no internal tables', () => {
    expect(html).toContain('Use cases <span class="count">1</span>');
    expect(html).toContain('KPIs <span class="count">1</span>');
    expect(html).toContain('Incidents <span class="count">0</span>');
    expect(html).toContain('No records in this register.');
    expect(html).not.toContain('internal');
  });

  it('shows links by their title and nested values readably', () => {
    expect(html).toMatch(/<dt>Use case ID<\/dt><dd>CV summaries<\/dd>/);
    expect(html).toContain('Ann, Bo');
    expect(html).toMatch(/<dt>Hypothesis<\/dt><dd>Saves 2 h\/week<\/dd>/);
  });

  it('renders all user text inert: no script, no handler, no remote resource', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sonmouseover="/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Café &lt;Nord&gt; &amp; Søn');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('shows an untouched nested block as one dash and only the filled-in parts of a nested block', async () => {
    const { formatValue } = await import('../../../../src/domain/backup');
    expect(formatValue({ hypothesis: '', budget: null, vendors: [] }, new Map())).toBe('<span class="empty">—</span>');
    expect(formatValue({ hypothesis: 'Faster', budget: null }, new Map())).toBe('<dl class="nested"><dt>Hypothesis</dt><dd>Faster</dd></dl>');
  });

  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('CSV export of any register', () => {
  it('has one column per field, lists joined, nested values as JSON, formulas neutralised', () => {
    const rows = recordsToCsvRows([
      { id: 'a', clientId: 'c1', title: '=HYPERLINK("http://evil")', tags: ['x', 'y'], score: 4, at: new Date('2026-01-01T00:00:00Z'), nested: { a: 1 } },
      { id: 'b', clientId: 'c1', title: 'Plain, with comma', extra: true },
    ]);
    expect(rows[0]).toEqual(['ID', 'Title', 'Tags', 'Score', 'At', 'Nested', 'Extra']);
    expect(rows[1]).toEqual(['a', '=HYPERLINK("http://evil")', 'x; y', '4', '2026-01-01T00:00:00.000Z', '{"a":1}', '']);
    expect(rows[2]).toEqual(['b', 'Plain, with comma', '', '', '', '', 'true']);
    expect(recordsToCsv([{ id: 'b', title: 'Plain, with comma' }])).toBe('ID,Title\r\nb,"Plain, with comma"');
    expect(recordsToCsv([{ id: 'a', title: '=HYPERLINK("http://evil")' }])).toBe(`ID,Title\r\na,"'=HYPERLINK(""http://evil"")"`);
    expect(recordsToCsv([{ id: 'b', title: 'x;y' }], [], { separator: ';' })).toBe('ID;Title\r\nb;"x;y"');
  });

  it('names fields in words', () => {
    expect(humanize('businessOwner')).toBe('Business owner');
    expect(humanize('dpiaStatus')).toBe('DPIA status');
    expect(humanize('kpis')).toBe('KPIs');
    expect(humanize('aiSystemIds')).toBe('AI system IDs');
  });
});
