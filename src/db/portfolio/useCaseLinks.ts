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
  // Only the registers with a `useCaseIds` field can point at a use case; each such field has a multi-entry
  // index, so only the rows that name this use case are read (not every row of the client).
  for (const register of REGISTER_LIST.filter((r) => r.fields.some((f) => f.key === 'useCaseIds'))) {
    const rows = (await database
      .table(register.id)
      .where('useCaseIds')
      .equals(useCaseId)
      .toArray()) as Record<string, unknown>[];
    for (const row of rows) {
      if (row.clientId !== clientId) continue;
      linked.push({
        area: register.title,
        title: String(row[register.titleField] ?? register.singular),
        path: `governance/${register.slug}/${String(row.id)}`,
      });
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
