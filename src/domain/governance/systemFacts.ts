import { AI_SYSTEM_IN_USE, AI_SYSTEM_STATUS_LABELS, type AiSystemStatus } from './registers/constants';
import type { AiSystem } from './registers/recordTypes';

/**
 * An AI system entry's stage, owner and vendor are either explicitly its own (set on the entry) or
 * come from the use cases linked to it (`useCaseIds`) and the vendor chosen for them. Never invented:
 * an entry with no own value and no linked use case says so. Computed when read, so unlinking or
 * deleting a use case changes every screen at once.
 */

/** What the governance registers need to know of one use case (governance does not load the portfolio code). */
export interface UseCaseFact {
  id: string;
  title: string;
  stage: string;
  businessOwner: string;
  /** The vendor/tool chosen for it: the selected vendor of its evaluation, else the charter's tool name. */
  vendor: string;
}

export type EffectiveSystemStatus =
  Exclude<AiSystemStatus, 'fromUseCases'> | 'inUse' | 'planned' | 'notUsed' | 'unset';

export const EFFECTIVE_STATUS_LABELS: Record<EffectiveSystemStatus, string> = {
  ...(({ fromUseCases: _ignored, ...rest }) => rest)(AI_SYSTEM_STATUS_LABELS),
  inUse: 'In use',
  planned: 'Planned',
  notUsed: 'Not in use',
  unset: 'Not set',
};

const PILOT_STAGES = ['pilot', 'evaluation'];
const PLANNED_STAGES = ['idea', 'assessment'];
/** Stages from which a use case needs an AI system entry: it runs on a tool. */
export const STAGES_NEEDING_SYSTEM_ENTRY = ['pilot', 'evaluation', 'structural'];

const filled = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';
const unique = (values: string[]) => [...new Set(values.filter(filled).map((v) => v.trim()))];

export function linkedUseCases(
  system: Pick<AiSystem, 'useCaseIds'>,
  facts: readonly UseCaseFact[],
): UseCaseFact[] {
  return facts.filter((fact) => system.useCaseIds.includes(fact.id));
}

/** The status the registers and reports use: the entry's own, or derived from its use cases' stages. */
export function effectiveSystemStatus(
  system: Pick<AiSystem, 'status' | 'useCaseIds'>,
  facts: readonly UseCaseFact[],
): EffectiveSystemStatus {
  if (system.status !== 'fromUseCases') return system.status;
  const stages = linkedUseCases(system, facts).map((f) => f.stage);
  if (stages.length === 0) return 'unset';
  if (stages.includes('structural')) return 'inUse';
  if (stages.some((s) => PILOT_STAGES.includes(s))) return 'inPilot';
  if (stages.some((s) => PLANNED_STAGES.includes(s))) return 'planned';
  return 'notUsed';
}

export interface SourcedValue {
  value: string;
  /** `own`: set on the entry; `useCases`: taken from the linked use cases; `none`: nobody says. */
  source: 'own' | 'useCases' | 'none';
}

function sourced(own: string, derived: string[]): SourcedValue {
  if (filled(own)) return { value: own, source: 'own' };
  return derived.length ? { value: derived.join(', '), source: 'useCases' } : { value: '', source: 'none' };
}

export function effectiveSystemOwner(
  system: Pick<AiSystem, 'businessOwner' | 'useCaseIds'>,
  facts: readonly UseCaseFact[],
): SourcedValue {
  return sourced(
    system.businessOwner ?? '',
    unique(linkedUseCases(system, facts).map((f) => f.businessOwner)),
  );
}

export function effectiveSystemVendor(
  system: Pick<AiSystem, 'vendor' | 'useCaseIds'>,
  facts: readonly UseCaseFact[],
): SourcedValue {
  return sourced(system.vendor ?? '', unique(linkedUseCases(system, facts).map((f) => f.vendor)));
}

/** Use cases in pilot or later (pilot, evaluation, in production) that no AI system entry links to. */
export function findUseCasesWithoutSystemEntry(
  systems: readonly Pick<AiSystem, 'useCaseIds'>[],
  facts: readonly UseCaseFact[],
): UseCaseFact[] {
  return facts.filter(
    (fact) =>
      STAGES_NEEDING_SYSTEM_ENTRY.includes(fact.stage) &&
      !systems.some((s) => s.useCaseIds.includes(fact.id)),
  );
}

/**
 * Whether the system is used (approved, restricted, in pilot, in use). Without the use cases at hand
 * (e.g. the cross-client due list), an entry that follows its use cases counts as used, so no reminder is lost.
 */
export function isSystemInUse(
  system: Pick<AiSystem, 'status' | 'useCaseIds'>,
  facts?: readonly UseCaseFact[],
): boolean {
  if (system.status === 'fromUseCases' && !facts) return true;
  return AI_SYSTEM_IN_USE.includes(effectiveSystemStatus(system, facts ?? []));
}
