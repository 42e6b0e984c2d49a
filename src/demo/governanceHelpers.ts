import {
  REGISTERS,
  YES_NO_QUESTION_IDS,
  createStoredClassification,
  localInputToTimestamp,
  openObligationDates,
  type AiActAnswers,
  type RegisterId,
} from '../domain/governance';
import { daysFrom, stampDaysAgo, type DemoContext } from './dates';

/** Small builders for the governance demo records: defaults of the register, dates relative to today. */

export function demoRecord(
  ctx: DemoContext,
  registerId: RegisterId,
  clientId: string,
  id: string,
  fields: Record<string, unknown>,
  createdDaysAgo = 30,
): { id: string } {
  const record: { id: string } & Record<string, unknown> = {
    ...REGISTERS[registerId].defaults(ctx.today),
    ...fields,
    id,
    clientId,
    createdAt: stampDaysAgo(ctx, createdDaysAgo),
    updatedAt: stampDaysAgo(ctx, Math.min(createdDaysAgo, 2)),
  };
  return record;
}

/** A calendar day `days` from today (negative = in the past). */
export const day = (ctx: DemoContext, days: number) => daysFrom(ctx, days);

/** A local moment `days` from today at `time` (HH:mm), stored with its offset. */
export function moment(ctx: DemoContext, days: number, time: string): string {
  const stamp = localInputToTimestamp(`${daysFrom(ctx, days)}T${time}`);
  if (!stamp) throw new Error(`Bad demo moment ${time}`);
  return stamp;
}

/** A finished wizard: every yes/no question "no", role deployer, then the given answers. */
export function answers(overrides: AiActAnswers): AiActAnswers {
  const allNo = Object.fromEntries(YES_NO_QUESTION_IDS.map((id) => [id, false])) as AiActAnswers;
  return { ...allNo, role: 'deployer', ...overrides };
}

/** The classification fields of an AI system classified `daysAgo` days ago with these answers. */
export function classified(ctx: DemoContext, given: AiActAnswers, obligationsMet: string[], daysAgo = 20) {
  const outcome = createStoredClassification(given, day(ctx, -daysAgo));
  if (!outcome.ok) throw new Error(`Demo classification incomplete: ${outcome.reasons.join(' ')}`);
  return {
    classification: outcome.value,
    classificationDraft: outcome.value.answers,
    obligationsMet,
    obligationDates: openObligationDates(outcome.value, obligationsMet, ctx.today),
  };
}

export type SeedRecords = Partial<Record<RegisterId, { id: string }[]>>;

/** Merges the records of several seed parts per table. */
export function mergeSeeds(...parts: SeedRecords[]): Record<string, { id: string }[]> {
  const merged: Record<string, { id: string }[]> = {};
  for (const part of parts)
    for (const [table, rows] of Object.entries(part))
      merged[table] = [...(merged[table] ?? []), ...(rows ?? [])];
  return merged;
}

/** Records of several registers given as [register, id, fields] rows. */
export function demoRows(
  ctx: DemoContext,
  clientId: string,
  rows: readonly (readonly [RegisterId, string, Record<string, unknown>])[],
  createdDaysAgo = 60,
): SeedRecords {
  const seed: SeedRecords = {};
  for (const [registerId, id, fields] of rows)
    seed[registerId] = [
      ...(seed[registerId] ?? []),
      demoRecord(ctx, registerId, clientId, id, fields, createdDaysAgo),
    ];
  return seed;
}
