import { REGISTER_LIST } from '../../domain/governance';
import type { CaioDatabase } from '../core/schema';

export interface LinkedRecord {
  area: string;
  title: string;
  /** Route below `/clients/:clientId/`. */
  path: string;
}

/**
 * Everything of this client that points at one use case: governance register records (AI systems, risks,
 * incidents, decision rights...) and vendor evaluations. Read from the linking side, so it is never stale.
 */
export async function recordsLinkedToUseCase(
  database: CaioDatabase,
  clientId: string,
  useCaseId: string,
): Promise<LinkedRecord[]> {
  const linked: LinkedRecord[] = [];
  for (const register of REGISTER_LIST) {
    const rows = (await database.table(register.id).where('clientId').equals(clientId).toArray()) as Record<
      string,
      unknown
    >[];
    for (const row of rows) {
      const ids = row.useCaseIds;
      if (Array.isArray(ids) && ids.includes(useCaseId)) {
        linked.push({
          area: register.title,
          title: String(row[register.titleField] ?? register.singular),
          path: `governance/${register.slug}/${String(row.id)}`,
        });
      }
    }
  }
  const evaluations = await database.evaluations
    .where('[clientId+useCaseId]')
    .equals([clientId, useCaseId])
    .toArray();
  for (const evaluation of evaluations)
    linked.push({ area: 'Vendor evaluations', title: evaluation.title, path: `vendors/${evaluation.id}` });
  return linked;
}
