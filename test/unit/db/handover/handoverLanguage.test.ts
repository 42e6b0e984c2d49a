import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { demoContext, loadDemoWorkspace } from '../../../../src/demo/workspace';
import { createHandoverDocument } from '../../../../src/db/handover/handover';
import { HANDOVER_CATEGORIES, type HandoverChoices } from '../../../../src/domain/handover/allowList';
import { freshDb } from '../testDb';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const EVERYTHING = Object.fromEntries(
  HANDOVER_CATEGORIES.map((c) => [c, true]),
) as unknown as HandoverChoices;

async function documentOf(clientId: string) {
  const db = await freshDb();
  await loadDemoWorkspace(db, demoContext(NOW));
  return createHandoverDocument(db, clientId, EVERYTHING, '1.2.3', NOW);
}

describe('the handover document is in the client’s report language', () => {
  it('writes a Dutch client’s document in Dutch', async () => {
    const html = await documentOf(DEMO_CLIENT_IDS.accountancy);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Overdracht AI-governance');
    expect(html).toContain('<h2 id="toc-title">Inhoud</h2>');
    expect(html).toContain('<h2 id="summary-title">Samenvatting</h2>');
    expect(html).toContain('1 december 2026');
    expect(html).toContain('<th scope="col">Fase</th>');
    expect(html).toMatch(/<h2 id="h-useCases">Toepassingen <span class="count">\d+ items?<\/span>/);
    expect(html).not.toContain('Prepared by');
    expect(html).not.toContain('Summary');
    expect(html).not.toContain('December');
    expect(html).toContain('Gemaakt met CAIO Desk 1.2.3 op 1 december 2026.');
    // Typed content stays as typed; the document's own words are Dutch.
    for (const english of [
      'Made with',
      ' entries<',
      'Contents',
      'No incidents recorded',
      'Not yet classified.',
    ])
      expect(html).not.toContain(english);
  });

  it('writes an English client’s document in English', async () => {
    const html = await documentOf(DEMO_CLIENT_IDS.staffing);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2 id="toc-title">Contents</h2>');
    expect(html).toContain('Prepared by');
    expect(html).toContain('1 December 2026');
    expect(html).toContain('<th scope="col">Stage</th>');
    expect(html).not.toContain('Samenvatting');
  });
});
