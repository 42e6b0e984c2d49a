import type { UseCase } from '../../domain/portfolio';
import type { CaioDatabase } from '../core/schema';
import { createSystemForUseCase } from './useCaseSystems';

/**
 * The AI system to classify for a use case: the first linked one, or a new entry in the AI system
 * inventory named after the use case and linked to it, whose status follows the use case (an Idea
 * does not become "In pilot"). Classification lives in the inventory; the tier is read back from it.
 */
export async function aiSystemToClassify(
  database: CaioDatabase,
  useCase: Pick<UseCase, 'id' | 'clientId' | 'title'>,
): Promise<string> {
  const linked = await database.aiSystems.where('useCaseIds').equals(useCase.id).first();
  if (linked && linked.clientId === useCase.clientId) return linked.id;
  return createSystemForUseCase(database, useCase, useCase.title);
}
