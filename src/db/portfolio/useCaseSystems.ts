import { type AiSystem } from '../../domain/governance';
import {
  planSystemLinkMigration,
  resolveUseCases,
  type ResolvedUseCase,
  type UseCase,
} from '../../domain/portfolio';
import { createRegisterRecord } from '../governance/registers';
import { RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { todayIso } from '../../domain/shared/dates';

/**
 * The one link between use cases and AI system entries is the entry's `useCaseIds`. These functions
 * read use cases with what depends on it (systems, tier) and change it from the use case's side.
 */

/** One client's use cases, with their AI systems and tier computed from the inventory. */
export async function resolvedUseCasesForClient(
  database: CaioDatabase,
  clientId: string,
): Promise<ResolvedUseCase[]> {
  const [useCases, systems] = await Promise.all([
    database.useCases.where('clientId').equals(clientId).toArray(),
    database.aiSystems.where('clientId').equals(clientId).toArray(),
  ]);
  return resolveUseCases(useCases, systems);
}

export async function resolvedUseCase(
  database: CaioDatabase,
  id: string,
): Promise<ResolvedUseCase | undefined> {
  const useCase = await database.useCases.get(id);
  if (!useCase) return undefined;
  const systems = await database.aiSystems.where('useCaseIds').equals(id).toArray();
  return resolveUseCases([useCase], systems)[0];
}

async function systemOfClient(database: CaioDatabase, systemId: string, clientId: string): Promise<AiSystem> {
  const system = await database.aiSystems.get(systemId);
  if (!system || system.clientId !== clientId) throw new RecordNotFoundError('AI system');
  return system;
}

export async function linkSystemToUseCase(
  database: CaioDatabase,
  useCase: Pick<UseCase, 'id' | 'clientId'>,
  systemId: string,
): Promise<void> {
  const system = await systemOfClient(database, systemId, useCase.clientId);
  if (system.useCaseIds.includes(useCase.id)) return;
  await updateRecord<AiSystem>(database, 'aiSystems', systemId, {
    useCaseIds: [...system.useCaseIds, useCase.id],
  });
}

export async function unlinkSystemFromUseCase(
  database: CaioDatabase,
  useCase: Pick<UseCase, 'id' | 'clientId'>,
  systemId: string,
): Promise<void> {
  const system = await systemOfClient(database, systemId, useCase.clientId);
  await updateRecord<AiSystem>(database, 'aiSystems', systemId, {
    useCaseIds: system.useCaseIds.filter((id) => id !== useCase.id),
  });
}

/**
 * A new AI system entry for a use case: its status, owner and vendor follow the use case (never
 * invented: an Idea does not make an "In pilot" entry), linked to it.
 */
export async function createSystemForUseCase(
  database: CaioDatabase,
  useCase: Pick<UseCase, 'id' | 'clientId'>,
  name: string,
): Promise<string> {
  const created = await createRegisterRecord(database, 'aiSystems', useCase.clientId, {
    name,
    status: 'fromUseCases',
    useCaseIds: [useCase.id],
  });
  return created.id;
}

/**
 * Moves links kept in the old shapes (the charter's free-text "AI system entry" or its id, the use
 * case's own `aiSystemIds`) onto the AI system entries, then clears the old fields. Runs at start-up
 * and after an import; does nothing once applied.
 */
export async function migrateSystemLinks(database: CaioDatabase, today = todayIso()): Promise<number> {
  const useCases = await database.useCases.toArray();
  const candidates = useCases.filter(
    (u) => (u.aiSystemIds?.length ?? 0) > 0 || u.charter.aiSystemId || u.charter.aiSystemName?.trim(),
  );
  if (candidates.length === 0) return 0;
  const clientIds = [...new Set(candidates.map((u) => u.clientId))];
  const systems = (
    await Promise.all(clientIds.map((id) => database.aiSystems.where('clientId').equals(id).toArray()))
  ).flat();
  const plan = planSystemLinkMigration(candidates, systems);
  await database.transaction(
    'rw',
    [database.aiSystems, database.useCases, database.clients, database.changes],
    async () => {
      for (const { systemId, useCaseId } of plan.link) {
        const system = await database.aiSystems.get(systemId);
        if (system && !system.useCaseIds.includes(useCaseId))
          await updateRecord<AiSystem>(database, 'aiSystems', systemId, {
            useCaseIds: [...system.useCaseIds, useCaseId],
          });
      }
      const created = new Map<string, string>();
      for (const item of plan.create) {
        const key = `${item.clientId}\n${item.name.toLocaleLowerCase()}`;
        const existing = created.get(key);
        if (existing) {
          const system = (await database.aiSystems.get(existing))!;
          await updateRecord<AiSystem>(database, 'aiSystems', existing, {
            useCaseIds: [...system.useCaseIds, item.useCaseId],
          });
        } else {
          const record = await createRegisterRecord(
            database,
            'aiSystems',
            item.clientId,
            { name: item.name, status: 'fromUseCases', useCaseIds: [item.useCaseId] },
            today,
          );
          created.set(key, record.id);
        }
      }
      for (const id of plan.clear) {
        const useCase = await database.useCases.get(id);
        if (useCase)
          await updateRecord<UseCase>(database, 'useCases', id, {
            aiSystemIds: [],
            charter: { ...useCase.charter, aiSystemId: null, aiSystemName: '' },
          });
      }
    },
  );
  return plan.clear.length;
}
