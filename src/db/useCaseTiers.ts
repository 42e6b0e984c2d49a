import { tierFromSystems } from '../domain/governance';
import type { UseCase } from '../domain/portfolio';
import { updateRecord } from './records';
import type { CaioDatabase } from './schema';

/**
 * Copies the EU AI Act tier of classified AI systems onto the use cases they are linked to, so the
 * portfolio's priority, map and board report use the wizard's result. Runs after a classification,
 * an override or a change of an AI system's links.
 */
export async function syncUseCaseTiers(database: CaioDatabase, clientId: string, useCaseIds: readonly string[]): Promise<void> {
  if (useCaseIds.length === 0) return;
  const systems = await database.aiSystems.where('clientId').equals(clientId).toArray();
  for (const useCaseId of new Set(useCaseIds)) {
    const useCase = await database.useCases.get(useCaseId);
    if (!useCase || useCase.clientId !== clientId) continue;
    const tier = tierFromSystems(useCaseId, systems);
    if (tier && tier !== useCase.riskTier) await updateRecord<UseCase>(database, 'useCases', useCaseId, { riskTier: tier });
  }
}

