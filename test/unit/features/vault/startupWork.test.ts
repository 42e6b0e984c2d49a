import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { beginEdit } from '../../../../src/db/core/editJournal';
import { db } from '../../../../src/db/core/schema';
import { createUseCase } from '../../../../src/db/portfolio/useCases';
import { startupWork } from '../../../../src/features/vault/vaultControl';

/** A synchronous in-memory Storage, like the browser's localStorage (the edit journal's store). */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, String(v));
  removeItem = (k: string) => void this.items.delete(k);
}

beforeEach(async () => {
  (globalThis as Record<string, unknown>).localStorage = new MemoryStorage();
  await db.open();
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).localStorage;
  vi.restoreAllMocks();
});

describe('the start-up work (issue 22: cold start)', () => {
  it('replays interrupted edits before the first screen, and moves old shapes only after it without reading every use case first', async () => {
    const client = await createClient(db, { name: 'Brightside' });
    const useCase = await createUseCase(db, client.id, { title: 'Summarising CVs' });
    // The charter's free-text AI system entry, as stored before links existed.
    await db.useCases.update(useCase.id, { charter: { ...useCase.charter, aiSystemName: 'Copilot' } });
    beginEdit('clients', client.id, { notes: 'Typed just before the reload' }, 'client');
    const useCaseReads = vi.spyOn(db.useCases, 'toArray');

    await startupWork();

    expect((await db.clients.get(client.id))?.notes).toBe('Typed just before the reload');
    expect(useCaseReads).not.toHaveBeenCalled();
    expect((await db.useCases.get(useCase.id))?.charter.aiSystemName).toBe('Copilot');
    await vi.waitFor(async () => expect((await db.useCases.get(useCase.id))?.charter.aiSystemName).toBe(''), {
      timeout: 5000,
      interval: 50,
    });
    const systems = await db.aiSystems.where('clientId').equals(client.id).toArray();
    expect(systems.map((s) => [s.name, s.useCaseIds])).toEqual([['Copilot', [useCase.id]]]);
  });
});
