import type { UseCase } from '../domain/portfolio';
import { createRegisterRecord } from './governance';
import type { CaioDatabase } from './schema';

/**
 * The AI system to classify for a use case: the first linked one, or a new "in pilot" entry in the AI
 * system inventory named after the use case and linked to it (classification lives in the inventory;
 * the tier then flows back to the use case).
 */
export async function aiSystemToClassify(database: CaioDatabase, useCase: Pick<UseCase, 'id' | 'clientId' | 'title'>): Promise<string> {
  const systems = await database.aiSystems.where('clientId').equals(useCase.clientId).toArray();
  const linked = systems.find((s) => s.useCaseIds.includes(useCase.id));
  if (linked) return linked.id;
  const created = await createRegisterRecord(database, 'aiSystems', useCase.clientId, { name: useCase.title, status: 'inPilot', useCaseIds: [useCase.id] });
  return created.id;
}
