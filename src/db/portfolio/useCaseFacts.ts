import type { UseCaseFact } from '../../domain/governance/systemFacts';
import type { UseCase } from '../../domain/portfolio';
import { vendorChoiceForUseCase, type VendorProfile } from '../../domain/vendors';
import type { CaioDatabase } from '../core/schema';
import { fromStored, profilesOfEvaluations, type StoredEvaluation } from '../vendors/evaluations';

/** What the governance registers read of the client's use cases: stage, owner, and the vendor chosen for each. */
export async function loadUseCaseFactsForClient(
  database: CaioDatabase,
  clientId: string,
  /** The client's use cases when the caller has read them already (read here otherwise). */
  clientUseCases?: readonly UseCase[],
): Promise<UseCaseFact[]> {
  const [useCases, stored] = await Promise.all([
    clientUseCases ?? database.useCases.where('clientId').equals(clientId).toArray(),
    database.evaluations.where('clientId').equals(clientId).toArray() as Promise<StoredEvaluation[]>,
  ]);
  const evaluations = stored.map(fromStored);
  return collectUseCaseFacts(useCases, evaluations, await profilesOfEvaluations(database, evaluations));
}

export function collectUseCaseFacts(
  useCases: readonly UseCase[],
  evaluations: ReturnType<typeof fromStored>[],
  profiles: readonly VendorProfile[],
): UseCaseFact[] {
  return useCases.map((u) => {
    const chosen = vendorChoiceForUseCase(evaluations, u.id, profiles).chosen[0];
    return {
      id: u.id,
      title: u.title,
      stage: u.stage,
      businessOwner: u.businessOwner,
      vendor: chosen?.vendorName ?? u.charter.vendorToolName ?? '',
    };
  });
}
