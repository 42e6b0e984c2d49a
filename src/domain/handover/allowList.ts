/**
 * What a client receives in a handover (data file and readable document): per table, the fields that
 * leave the machine. Everything else stays: a table not listed here is never handed over, and a field
 * not listed is dropped. Some things leave only when the consultant ticks their category in the
 * preview (off by default). Both the data file and the document are made from what this list lets
 * through (`selectHandoverRecords`), so they can never disagree.
 */

import { HANDOVER_TABLES } from './handoverTables';

export { HANDOVER_TABLES, NEVER_HANDED_OVER, type HandoverTableRule } from './handoverTables';

export const HANDOVER_CATEGORIES = [
  'workingNotes',
  'commercialTerms',
  'engagementLog',
  'changeHistory',
  'libraryNotes',
] as const;
export type HandoverCategory = (typeof HANDOVER_CATEGORIES)[number];

export const HANDOVER_CATEGORY_TEXT: Record<HandoverCategory, { label: string; hint: string }> = {
  workingNotes: {
    label: 'Your working notes',
    hint: 'The “Notes” fields of the client profile, registers, evaluations, contracts, workshops and controls.',
  },
  commercialTerms: {
    label: 'Your commercial terms',
    hint: 'Your rate, the agreed hours or days, the engagement start and renewal date.',
  },
  engagementLog: { label: 'Your engagement log', hint: 'Hours per activity, with their notes.' },
  changeHistory: {
    label: 'Change history',
    hint: 'Earlier values of the fields that leave, including text that was later deleted.',
  },
  libraryNotes: {
    label: 'Notes from your vendor library',
    hint: 'Consultant-wide notes on vendors; they may name other clients.',
  },
};

export type HandoverChoices = Readonly<Record<HandoverCategory, boolean>>;

export const NOTHING_EXTRA: HandoverChoices = {
  workingNotes: false,
  commercialTerms: false,
  engagementLog: false,
  changeHistory: false,
  libraryNotes: false,
};

/** The fields of `table` that leave with these choices; null when the table does not leave at all. */
export function fieldsThatLeave(table: string, choices: HandoverChoices): ReadonlySet<string> | null {
  const rule = HANDOVER_TABLES[table];
  if (!rule || (rule.onlyWith && !choices[rule.onlyWith])) return null;
  const ticked = HANDOVER_CATEGORIES.filter((c) => choices[c]).flatMap((c) => rule.optional?.[c] ?? []);
  return new Set([...rule.leaves, ...ticked]);
}

/** On import: a handover record gets the blank value of each field that did not leave (the record's own values win). */
export function completeHandoverRecord(
  table: string,
  record: Record<string, unknown>,
): Record<string, unknown> {
  const blanks = HANDOVER_TABLES[table]?.blanks;
  if (!blanks) return record;
  const missing = Object.entries(blanks).filter(([field]) => !Object.hasOwn(record, field));
  return missing.length === 0
    ? record
    : { ...Object.fromEntries(missing.map(([f, v]) => [f, structuredClone(v)])), ...record };
}
