/**
 * A use case runs on the AI system entries that link to it (`useCaseIds` on the entry: the one place
 * the link is stored). Everything that depends on those entries is computed when the use case is read:
 * the systems it runs on (`aiSystemIds`) and its EU AI Act tier (the most severe classified system,
 * else the tier set on the use case itself). Unlinking or deleting a system changes both at once.
 */
import { tierFromSystems } from '../governance/useCaseTier';
import type { StoredClassification } from '../governance/aiSystemClassification';
import { hasText } from './common';
import type { RiskTier } from './constants';
import type { UseCase } from './useCase';

export interface SystemLinkSource {
  id: string;
  clientId: string;
  name: string;
  useCaseIds: readonly string[];
  classification: StoredClassification | null;
}

/** A use case as read: `riskTier` and `aiSystemIds` computed from the AI system entries. */
export type ResolvedUseCase = UseCase & {
  /** The tier set on the use case itself, used while none of its systems is classified. */
  ownRiskTier: RiskTier;
  /** True when `riskTier` comes from a classified AI system. */
  tierFromSystems: boolean;
};

export function resolveUseCase(useCase: UseCase, systems: readonly SystemLinkSource[]): ResolvedUseCase {
  const own = systems.filter((s) => s.clientId === useCase.clientId);
  const fromSystems = tierFromSystems(useCase.id, own);
  return {
    ...useCase,
    aiSystemIds: own.filter((s) => s.useCaseIds.includes(useCase.id)).map((s) => s.id),
    riskTier: fromSystems ?? useCase.riskTier,
    ownRiskTier: useCase.riskTier,
    tierFromSystems: fromSystems !== null,
  };
}

export function resolveUseCases(
  useCases: readonly UseCase[],
  systems: readonly SystemLinkSource[],
): ResolvedUseCase[] {
  return useCases.map((u) => resolveUseCase(u, systems));
}

/** What the migration of old links does; applied by `migrateSystemLinks` in the database layer. */
export interface SystemLinkMigration {
  /** Existing entries to link to use cases. */
  link: { systemId: string; useCaseId: string }[];
  /** Entries to create (from the charter's free-text "AI system entry") and link. */
  create: { clientId: string; name: string; useCaseId: string }[];
  /** Use cases whose old copies (charter text/id, `aiSystemIds`) are cleared. */
  clear: string[];
}

/**
 * Moves links kept in the old shapes onto the AI system entries: the charter's `aiSystemId`, the
 * use case's stored `aiSystemIds`, and the charter's free-text `aiSystemName` (matched by name within
 * the client, case-insensitively, else a new entry of that name). Pure; idempotent once applied.
 */
export function planSystemLinkMigration(
  useCases: readonly UseCase[],
  systems: readonly Pick<SystemLinkSource, 'id' | 'clientId' | 'name' | 'useCaseIds'>[],
): SystemLinkMigration {
  const plan: SystemLinkMigration = { link: [], create: [], clear: [] };
  for (const useCase of useCases) {
    const clientSystems = systems.filter((s) => s.clientId === useCase.clientId);
    const ids = new Set([
      ...(useCase.aiSystemIds ?? []),
      ...(useCase.charter.aiSystemId ? [useCase.charter.aiSystemId] : []),
    ]);
    const name = useCase.charter.aiSystemName?.trim() ?? '';
    if (ids.size === 0 && !name) continue;
    for (const id of ids) {
      const system = clientSystems.find((s) => s.id === id);
      if (system && !system.useCaseIds.includes(useCase.id))
        plan.link.push({ systemId: id, useCaseId: useCase.id });
    }
    if (hasText(name)) {
      const byName = clientSystems.find(
        (s) => s.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase(),
      );
      const pending = plan.create.find(
        (c) => c.clientId === useCase.clientId && c.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
      );
      if (byName) {
        if (
          !byName.useCaseIds.includes(useCase.id) &&
          !plan.link.some((l) => l.systemId === byName.id && l.useCaseId === useCase.id)
        )
          plan.link.push({ systemId: byName.id, useCaseId: useCase.id });
      } else if (!ids.size || ![...ids].some((id) => clientSystems.some((s) => s.id === id))) {
        plan.create.push({ clientId: useCase.clientId, name: pending?.name ?? name, useCaseId: useCase.id });
      }
    }
    plan.clear.push(useCase.id);
  }
  return plan;
}
