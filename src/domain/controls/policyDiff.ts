import { diffLines } from 'diff';

/** A line-by-line comparison of two versions of a policy text (jsdiff), for showing what changed. */
export interface DiffPart {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

export function diffPolicyText(older: string, newer: string): DiffPart[] {
  const end = (t: string) => (t.endsWith('\n') || t === '' ? t : `${t}\n`);
  return diffLines(end(older), end(newer)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** Register items a review can move on, with the field holding their next review date. */
export const REVIEW_DATE_FIELDS = {
  policies: 'reviewDate',
  aiSystems: 'nextReviewDate',
  risks: 'reviewDate',
  privacyRecords: 'reviewDate',
} as const;
