import { FRAMEWORK_PACK } from './frameworkPack';
import { evidenceCurrent, type ClientControl, type EvidenceItem, type RequirementDecision } from './records';
import type { FrameworkId, FrameworkPack, Requirement } from './types';

/**
 * Coverage and readiness of a client's controls programme, computed from its records when read.
 * - A requirement is in scope unless excluded; one not yet decided counts as applicable until it is.
 * - Its status follows the client's controls mapped to it: implemented when there is at least one and
 *   all are implemented; evidenced when, in addition, each of them has current evidence.
 * - Readiness = (implemented + evidenced) / (2 x applicable): half for doing it, half for showing it.
 */

export const READINESS_DEFINITION =
  'Readiness = (implemented + evidenced) ÷ (2 × applicable). A requirement counts as implemented when every control mapped to it is implemented, and as evidenced when each of those controls also has evidence that is current today. Requirements not yet decided count as applicable; excluded ones do not count.';

export type RequirementStatus = 'noControl' | 'notStarted' | 'inProgress' | 'implemented';
export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  noControl: 'No control',
  notStarted: 'Not started',
  inProgress: 'In progress',
  implemented: 'Implemented',
};

export interface ControlsRecords {
  controls: readonly ClientControl[];
  decisions: readonly RequirementDecision[];
  evidence: readonly EvidenceItem[];
}

export interface RequirementState {
  requirement: Requirement;
  decision: RequirementDecision | null;
  /** Mandatory, decided applicable, or not decided yet (counts as applicable). */
  inScope: boolean;
  undecided: boolean;
  controls: ClientControl[];
  status: RequirementStatus;
  evidenced: boolean;
}

export interface FrameworkCoverage {
  framework: FrameworkId;
  total: number;
  applicable: number;
  undecided: number;
  excluded: number;
  implemented: number;
  evidenced: number;
  /** 0-100, null when nothing is applicable. */
  readiness: number | null;
}

/** Controls that have evidence current today. */
export function controlsWithCurrentEvidence(evidence: readonly EvidenceItem[], today: string): Set<string> {
  return new Set(evidence.filter((e) => evidenceCurrent(e, today)).map((e) => e.controlId));
}

export function requirementStates(
  records: ControlsRecords,
  today: string,
  framework?: FrameworkId,
  pack: FrameworkPack = FRAMEWORK_PACK,
): RequirementState[] {
  const decisions = new Map(records.decisions.map((d) => [d.requirementId, d]));
  const evidenced = controlsWithCurrentEvidence(records.evidence, today);
  const byRequirement = new Map<string, ClientControl[]>();
  for (const control of records.controls)
    for (const id of control.requirementIds)
      byRequirement.set(id, [...(byRequirement.get(id) ?? []), control]);
  return pack.requirements
    .filter((r) => !framework || r.framework === framework)
    .map((requirement) => {
      const decision = requirement.mandatory ? null : (decisions.get(requirement.id) ?? null);
      const controls = byRequirement.get(requirement.id) ?? [];
      const status = statusOf(controls);
      return {
        requirement,
        decision,
        inScope: requirement.mandatory || decision?.applicability !== 'excluded',
        undecided: !requirement.mandatory && decision === null,
        controls,
        status,
        evidenced: status === 'implemented' && controls.every((c) => evidenced.has(c.id)),
      };
    });
}

function statusOf(controls: readonly ClientControl[]): RequirementStatus {
  if (controls.length === 0) return 'noControl';
  if (controls.every((c) => c.status === 'implemented')) return 'implemented';
  if (controls.some((c) => c.status !== 'notStarted')) return 'inProgress';
  return 'notStarted';
}

export function frameworkCoverage(
  states: readonly RequirementState[],
  framework: FrameworkId,
): FrameworkCoverage {
  const own = states.filter((s) => s.requirement.framework === framework);
  const inScope = own.filter((s) => s.inScope);
  const implemented = inScope.filter((s) => s.status === 'implemented').length;
  const evidenced = inScope.filter((s) => s.evidenced).length;
  return {
    framework,
    total: own.length,
    applicable: inScope.length,
    undecided: own.filter((s) => s.undecided).length,
    excluded: own.length - inScope.length,
    implemented,
    evidenced,
    readiness:
      inScope.length === 0 ? null : Math.round((100 * (implemented + evidenced)) / (2 * inScope.length)),
  };
}

export function coverageByFramework(
  records: ControlsRecords,
  frameworks: readonly FrameworkId[],
  today: string,
): FrameworkCoverage[] {
  const states = requirementStates(records, today);
  return frameworks.map((f) => frameworkCoverage(states, f));
}
