import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { freshDb } from './db/testDb';
import { demoContext, loadDemoWorkspace } from '../../src/db/demo/demoWorkspace';
import { createHandoverDocument } from '../../src/db/handover';
import { NOTHING_EXTRA } from '../../src/domain/handover/allowList';
it('doc', async () => {
  const db = await freshDb();
  const now = new Date('2026-11-26T10:00:00.000Z');
  await loadDemoWorkspace(db, demoContext(now));
  writeFileSync('/tmp/hw/doc.html', await createHandoverDocument(db, 'demo-client-brightside', NOTHING_EXTRA, '0.1.0', now));
}, 60000);
