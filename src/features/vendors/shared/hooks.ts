import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/core/schema';
import {
  evaluationOfClient,
  evaluationsForClient,
  evaluationsForUseCase,
  profilesOfEvaluations,
} from '../../../db/vendors/evaluations';
import { listVendorProfiles } from '../../../db/vendors/library';
import { listCriteriaTemplates } from '../../../db/vendors/templates';
import type { CriteriaTemplate, Evaluation, VendorProfile } from '../../../domain/vendors';

/** Live data of the vendors area. Client data is always read for the client of the URL only. */

export function useVendorProfiles(): VendorProfile[] | undefined {
  return useLiveQuery(() => listVendorProfiles(db), []);
}

export interface EvaluationsWithProfiles {
  evaluations: Evaluation[];
  /** Only the library profiles these evaluations name. */
  profiles: VendorProfile[];
}

/** A client's evaluations (or those of one of its use cases) and the profiles they name, in one live query. */
export function useEvaluationsWithProfiles(
  clientId: string,
  useCaseId?: string,
): EvaluationsWithProfiles | undefined {
  return useLiveQuery(async () => {
    const evaluations = useCaseId
      ? await evaluationsForUseCase(db, clientId, useCaseId)
      : await evaluationsForClient(db, clientId);
    return { evaluations, profiles: await profilesOfEvaluations(db, evaluations) };
  }, [clientId, useCaseId]);
}

/** The evaluation, or null when it does not exist or belongs to another client. */
export function useEvaluation(clientId: string, evaluationId: string): Evaluation | null | undefined {
  return useLiveQuery(() => evaluationOfClient(db, clientId, evaluationId), [clientId, evaluationId]);
}

export function useCriteriaTemplates(): CriteriaTemplate[] | undefined {
  return useLiveQuery(() => listCriteriaTemplates(db), []);
}

/**
 * Registers of other areas an evaluation can link to. They may not exist in this build: the picker
 * is offered only when the table does.
 */
export const LINKED_REGISTERS = {
  useCase: { table: 'useCases', labelField: 'title' },
  aiSystem: { table: 'aiSystems', labelField: 'name' },
} as const;

export type RegisterOption = { id: string; label: string };

/** The client's records of a register as options, or null when the register does not exist. */
export function useRegisterOptions(
  clientId: string,
  register: { table: string; labelField: string },
): RegisterOption[] | null | undefined {
  return useLiveQuery(async () => {
    if (!db.tables.some((t) => t.name === register.table)) return null;
    const rows = (await db.table(register.table).where('clientId').equals(clientId).toArray()) as Array<
      Record<string, unknown> & { id: string }
    >;
    return rows
      .map((row) => ({ id: row.id, label: String(row[register.labelField] ?? row.id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [clientId, register.table, register.labelField]);
}

/** Current titles of the client's use cases by id, or null when the use-case register does not exist. */
export function useUseCaseTitles(clientId: string): Map<string, string> | null | undefined {
  const options = useRegisterOptions(clientId, LINKED_REGISTERS.useCase);
  return options === undefined
    ? undefined
    : options === null
      ? null
      : new Map(options.map((o) => [o.id, o.label]));
}
