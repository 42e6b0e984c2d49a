import { describe, expect, it } from 'vitest';
import { createWorkspaceBackup } from '../../../src/db/backup/dump';
import { analyseBackupText } from '../../../src/db/backup/import';
import { demoContext, loadDemoWorkspace } from '../../../src/demo/workspace';
import { deleteUseCase } from '../../../src/db/portfolio/useCases';
import { deleteEvaluation } from '../../../src/db/vendors/evaluations';
import { freshDb } from './testDb';

/** A deletion never leaves a link to the deleted record behind, so a backup made after it restores. */
describe('deleting a use case or an evaluation', () => {
  it('removes every link to it (AI systems, registers, workshop ideas, evaluations, questionnaires) and the backup made after it restores', async () => {
    const db = await freshDb();
    await loadDemoWorkspace(db, demoContext(new Date('2026-12-01T10:00:00Z')));
    // Every use case, so each kind of link the demo holds is exercised.
    for (const useCase of await db.useCases.toArray()) await deleteUseCase(db, useCase.id);
    expect(await db.useCases.count()).toBe(0);
    const system = await db.aiSystems.get('demo-ais-cvsummaries');
    expect(system?.useCaseIds).toEqual([]);
    // The unlinking is in the history like any edit.
    expect(
      await db.changes
        .where('[entity+entityId]')
        .equals(['aiSystems', 'demo-ais-cvsummaries'])
        .filter((c) => c.field === 'useCaseIds')
        .count(),
    ).toBeGreaterThan(0);
    for (const evaluation of await db.evaluations.toArray())
      await deleteEvaluation(db, evaluation.clientId, evaluation.id);
    const written = await createWorkspaceBackup(db, '1.0.0');
    const analysis = await analyseBackupText(await freshDb(), JSON.stringify(written.file));
    expect(analysis.ok ? [] : analysis.problems.map((p) => p.message)).toEqual([]);
  }, 60_000);
});
