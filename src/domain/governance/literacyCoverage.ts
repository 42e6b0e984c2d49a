import { isSystemInUse, type UseCaseFact } from './systemFacts';
import type { AiSystem, TrainingRecord } from './registers/recordTypes';

/**
 * AI-literacy coverage (EU AI Act Art. 4): the share of people who use AI systems and have current
 * training. The people are the training register's entries (a person or a group with a headcount)
 * plus the users of the systems in use that have no training entry at all. Names match ignoring
 * case, extra spaces and a role in brackets: "Sanne Bakker (recruiter)" = "sanne bakker".
 * Training is current when it has a date and its refresh date, if any, has not passed.
 */

export type UntrainedReason = 'noRecord' | 'notTrained' | 'refreshOverdue';

export const UNTRAINED_REASON_LABELS: Record<UntrainedReason, string> = {
  noRecord: 'Uses an AI system, no training recorded',
  notTrained: 'Not trained yet',
  refreshOverdue: 'Refresh overdue',
};

export interface UntrainedPeople {
  name: string;
  headcount: number;
  reason: UntrainedReason;
  /** Names of the systems in use they are listed as users of. */
  systems: string[];
  trainingRecordId?: string;
}

export interface LiteracyCoverage {
  totalPeople: number;
  trainedPeople: number;
  /** Whole percent, or null when nobody is recorded as using AI. */
  percent: number | null;
  untrained: UntrainedPeople[];
}

export function personKey(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
}

export function isTrainingCurrent(
  record: Pick<TrainingRecord, 'trainingDate' | 'refreshDue'>,
  today: string,
): boolean {
  return (
    record.trainingDate !== null &&
    record.trainingDate <= today &&
    (record.refreshDue === null || record.refreshDue >= today)
  );
}

export function literacyCoverage(
  aiSystems: readonly AiSystem[],
  trainingRecords: readonly TrainingRecord[],
  today: string,
  facts?: readonly UseCaseFact[],
): LiteracyCoverage {
  const systemsByUser = new Map<string, { name: string; systems: string[] }>();
  for (const system of aiSystems.filter((s) => isSystemInUse(s, facts))) {
    for (const user of system.users) {
      const key = personKey(user);
      if (!key) continue;
      const entry = systemsByUser.get(key) ?? { name: user, systems: [] };
      entry.systems.push(system.name);
      systemsByUser.set(key, entry);
    }
  }

  let total = 0;
  let trained = 0;
  const untrained: UntrainedPeople[] = [];
  const recorded = new Set<string>();
  for (const record of trainingRecords) {
    const key = personKey(record.person);
    recorded.add(key);
    total += record.headcount;
    const systems = systemsByUser.get(key)?.systems ?? [];
    if (isTrainingCurrent(record, today)) trained += record.headcount;
    else {
      const reason: UntrainedReason =
        record.trainingDate === null || record.trainingDate > today ? 'notTrained' : 'refreshOverdue';
      untrained.push({
        name: record.person,
        headcount: record.headcount,
        reason,
        systems,
        trainingRecordId: record.id,
      });
    }
  }
  for (const [key, user] of systemsByUser) {
    if (recorded.has(key)) continue;
    total += 1;
    untrained.push({ name: user.name, headcount: 1, reason: 'noRecord', systems: user.systems });
  }
  untrained.sort((a, b) => a.name.localeCompare(b.name));
  return {
    totalPeople: total,
    trainedPeople: trained,
    percent: total === 0 ? null : Math.round((trained / total) * 100),
    untrained,
  };
}
