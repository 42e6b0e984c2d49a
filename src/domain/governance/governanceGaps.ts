import { openOwnDuties } from './aiActObligationList';
import { effectiveTier, viewClassification } from './aiSystemClassification';
import { screenDpia } from './dpiaScreening';
import { literacyCoverage, UNTRAINED_REASON_LABELS, type LiteracyCoverage } from './literacyCoverage';
import { daysUntil } from './localDates';
import {
  effectiveSystemOwner,
  isSystemInUse,
  findUseCasesWithoutSystemEntry,
  type UseCaseFact,
} from './systemFacts';
import type { RegisterId } from './registers/fieldTypes';
import type { AiSystem, GovernanceData, PrivacyRecord } from './registers/recordTypes';
import { formatDay } from '../shared/dates';
import { tell } from '../shared/language';

/**
 * Gaps are flagged, not hidden: what a CAIO must fix before the governance holds. Only systems in
 * use (approved, restricted, in pilot) count; banned and retired ones are not used.
 */

export const GAP_KINDS = [
  'noSystemEntry',
  'unclassified',
  'dutiesOpen',
  'noAccountable',
  'noOversight',
  'dpiaMissing',
  'reviewOverdue',
  'untrained',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];
export const GAP_KIND_LABELS: Record<GapKind, string> = {
  noSystemEntry: 'Use case in pilot or later without an AI system entry',
  unclassified: 'Not classified under the EU AI Act',
  dutiesOpen: 'EU AI Act duties in force, not met',
  noAccountable: 'No accountable person',
  noOversight: 'High-risk without human-oversight rules',
  dpiaMissing: 'DPIA likely required, not done',
  reviewOverdue: 'Review overdue',
  untrained: 'AI users without current training',
};

export interface Gap {
  kind: GapKind;
  registerId: RegisterId;
  /** The record to open to fix it (absent for people without a training record). */
  recordId?: string;
  /** For `noSystemEntry`: the use case to open. */
  useCaseId?: string;
  subject: string;
  message: string;
}

type GapData = Pick<
  GovernanceData,
  | 'aiSystems'
  | 'privacyRecords'
  | 'raciEntries'
  | 'decisionRights'
  | 'risks'
  | 'policies'
  | 'trainingRecords'
  | 'useCaseFacts'
>;

const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== '';

export function systemsInUse(systems: readonly AiSystem[], facts?: readonly UseCaseFact[]): AiSystem[] {
  return systems.filter((system) => isSystemInUse(system, facts));
}

/** The accountable person of a system: a RACI Accountable covering it, else its business owner (its own, else its use cases'). */
export function accountableFor(
  system: AiSystem,
  raci: GapData['raciEntries'],
  facts: readonly UseCaseFact[] = [],
): string | null {
  const entry = raci.find((r) => r.aiSystemIds.includes(system.id) && filled(r.accountable));
  if (entry) return entry.accountable;
  const owner = effectiveSystemOwner(system, facts);
  return owner.source === 'none' ? null : owner.value;
}

export interface DpiaNeed {
  /** Criteria met by the system's own screening. */
  count: number;
  likelyRequired: boolean;
  /** A DPIA is recorded: completed on the system or on a linked processing record. */
  done: boolean;
  /** Where the recorded DPIA is, when on a processing record. */
  doneOn?: PrivacyRecord;
}

export function dpiaNeed(system: AiSystem, privacyRecords: readonly PrivacyRecord[]): DpiaNeed {
  const linked = privacyRecords.filter((record) => record.aiSystemIds.includes(system.id));
  const own = screenDpia(system.dpiaCriteria);
  const likelyRequired =
    own.likelyRequired || linked.some((record) => screenDpia(record.dpiaCriteria).likelyRequired);
  const doneOn = linked.find((record) => record.dpiaStatus === 'completed');
  return {
    count: own.count,
    likelyRequired,
    done: system.dpiaStatus === 'completed' || doneOn !== undefined,
    ...(doneOn ? { doneOn } : {}),
  };
}

export function governanceGaps(
  data: GapData,
  today: string,
  coverage: LiteracyCoverage = literacyCoverage(
    data.aiSystems,
    data.trainingRecords,
    today,
    data.useCaseFacts,
  ),
): Gap[] {
  const gaps: Gap[] = [];
  const facts = data.useCaseFacts ?? [];
  for (const useCase of findUseCasesWithoutSystemEntry(data.aiSystems, facts)) {
    gaps.push({
      kind: 'noSystemEntry',
      registerId: 'aiSystems',
      useCaseId: useCase.id,
      subject: useCase.title,
      message: tell(
        'Runs on a tool that has no entry in the AI system inventory: link one from its pilot charter.',
      ),
    });
  }
  const inUse = systemsInUse(data.aiSystems, data.useCaseFacts);
  for (const system of inUse) {
    const base = { registerId: 'aiSystems' as const, recordId: system.id, subject: system.name };
    const tier = effectiveTier(system.classification);
    if (tier === 'unclassified')
      gaps.push({
        ...base,
        kind: 'unclassified',
        message: tell('Run the EU AI Act classification to know its tier and obligations.'),
      });
    // Only the organisation's own duties count: a deployer's checks of provider duties are tasks, not gaps.
    const open = system.classification
      ? openOwnDuties(viewClassification(system.classification, today).obligations, system.obligationsMet)
      : [];
    if (open.length > 0)
      gaps.push({
        ...base,
        kind: 'dutiesOpen',
        message: tell('In force and not marked as met: {{duties}}.', {
          duties: open.map((o) => `${tell(o.title)} (${o.article})`).join('; '),
        }),
      });
    if (!accountableFor(system, data.raciEntries, facts)) {
      gaps.push({
        ...base,
        kind: 'noAccountable',
        message: tell(
          'Nobody is accountable: name a business owner or add a RACI entry with an Accountable person.',
        ),
      });
    }
    if (tier === 'high') {
      const rights = data.decisionRights.filter((right) => right.aiSystemIds.includes(system.id));
      if (rights.length === 0)
        gaps.push({
          ...base,
          kind: 'noOversight',
          message: tell('High-risk, but no decision right says which decisions need a human (Art. 26(2)).'),
        });
      else if (system.humanOversight === 'none' || system.humanOversight === 'unset') {
        gaps.push({
          ...base,
          kind: 'noOversight',
          message: tell('High-risk, but its human-oversight model is not set.'),
        });
      }
    }
    const dpia = dpiaNeed(system, data.privacyRecords);
    if (dpia.likelyRequired && !dpia.done)
      gaps.push({
        ...base,
        kind: 'dpiaMissing',
        message: tell('DPIA likely required ({{n}} of 9 screening criteria) and no DPIA is recorded.', {
          n: dpia.count,
        }),
      });
  }
  for (const record of data.privacyRecords) {
    const linkedToInUse = record.aiSystemIds.some((id) => inUse.some((system) => system.id === id));
    if (
      !linkedToInUse &&
      screenDpia(record.dpiaCriteria).likelyRequired &&
      record.dpiaStatus !== 'completed'
    ) {
      gaps.push({
        kind: 'dpiaMissing',
        registerId: 'privacyRecords',
        recordId: record.id,
        subject: record.title,
        message: tell('DPIA likely required and no DPIA is recorded.'),
      });
    }
  }
  gaps.push(...overdueReviews(data, today));
  for (const person of coverage.untrained) {
    const reason = tell(UNTRAINED_REASON_LABELS[person.reason]);
    gaps.push({
      kind: 'untrained',
      registerId: 'trainingRecords',
      ...(person.trainingRecordId ? { recordId: person.trainingRecordId } : {}),
      subject:
        person.headcount > 1
          ? tell('{{name}} ({{count}} people)', { name: person.name, count: person.headcount })
          : person.name,
      message:
        person.systems.length > 0
          ? tell('{{reason}}. Uses {{systems}}.', { reason, systems: person.systems.join(', ') })
          : tell('{{reason}}.', { reason }),
    });
  }
  return gaps;
}

function overdueReviews(data: GapData, today: string): Gap[] {
  const candidates: {
    registerId: RegisterId;
    recordId: string;
    subject: string;
    date: string | null;
    what: 'review' | 'risk' | 'policy';
  }[] = [
    ...systemsInUse(data.aiSystems, data.useCaseFacts).map((s) => ({
      registerId: 'aiSystems' as const,
      recordId: s.id,
      subject: s.name,
      date: s.nextReviewDate,
      what: 'review' as const,
    })),
    ...data.privacyRecords.map((p) => ({
      registerId: 'privacyRecords' as const,
      recordId: p.id,
      subject: p.title,
      date: p.reviewDate,
      what: 'review' as const,
    })),
    ...data.risks
      .filter((r) => r.status !== 'closed')
      .map((r) => ({
        registerId: 'risks' as const,
        recordId: r.id,
        subject: r.title,
        date: r.reviewDate,
        what: 'risk' as const,
      })),
    ...data.policies
      .filter((p) => p.status !== 'retired')
      .map((p) => ({
        registerId: 'policies' as const,
        recordId: p.id,
        subject: p.title,
        date: p.reviewDate,
        what: 'policy' as const,
      })),
  ];
  return candidates
    .filter((c): c is typeof c & { date: string } => c.date !== null && daysUntil(c.date, today) < 0)
    .map((c) => ({
      kind: 'reviewOverdue',
      registerId: c.registerId,
      recordId: c.recordId,
      subject: c.subject,
      message: overdueMessage(c.what, { date: formatDay(c.date), count: -daysUntil(c.date, today) }),
    }));
}

function overdueMessage(what: 'review' | 'risk' | 'policy', values: { date: string; count: number }): string {
  if (what === 'risk') return tell('Risk review was due on {{date}} ({{count}} days ago).', values);
  if (what === 'policy') return tell('Policy review was due on {{date}} ({{count}} days ago).', values);
  return tell('Review was due on {{date}} ({{count}} days ago).', values);
}
