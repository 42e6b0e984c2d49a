import {
  evidenceInputSchema,
  evidencePatchSchema,
  nextReviewAfter,
  reviewInputSchema,
  type ClientControl,
  type EvidenceInput,
  type EvidenceItem,
  type ReviewInput,
  type ReviewRecord,
  type ReviewSubjectTable,
} from '../../domain/controls';
import { checkDocumentFile } from '../../domain/shared/fileContent';
import { ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { deleteRecord, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { getControl } from './programme';
import { parseOrThrow } from './zodIssue';
import { tell } from '../../domain/shared/language';

/** Evidence of a client's controls (files kept inside the database, or links) and review cycles. */

export type NewEvidence =
  | {
      kind: 'file';
      title: string;
      date: string;
      validUntil: string | null;
      providedBy: string;
      fileName: string;
      bytes: Uint8Array<ArrayBuffer>;
    }
  | { kind: 'link'; title: string; date: string; validUntil: string | null; providedBy: string; url: string };

export async function addEvidence(
  database: CaioDatabase,
  controlId: string,
  input: NewEvidence,
): Promise<EvidenceItem> {
  const control = await getControl(database, controlId);
  let candidate: EvidenceInput;
  const fields = {
    title: input.title,
    date: input.date,
    validUntil: input.validUntil,
    providedBy: input.providedBy,
  };
  if (input.kind === 'file') {
    const check = checkDocumentFile(input.bytes);
    if (!check.ok) throw new ValidationError(check.message, 'file');
    candidate = {
      ...fields,
      kind: 'file',
      url: '',
      file: {
        name: input.fileName,
        mimeType: check.mimeType,
        size: input.bytes.byteLength,
        data: input.bytes,
      },
    };
  } else {
    candidate = { ...fields, kind: 'link', file: null, url: input.url };
  }
  const values = parseOrThrow(evidenceInputSchema, candidate);
  const now = nowIso();
  const item: EvidenceItem = {
    id: newId(),
    clientId: control.clientId,
    controlId,
    ...values,
    createdAt: now,
    updatedAt: now,
  };
  await database.evidence.add(item);
  return item;
}

export async function updateEvidence(
  database: CaioDatabase,
  id: string,
  patch: Partial<Pick<EvidenceItem, 'title' | 'date' | 'validUntil' | 'providedBy'>>,
): Promise<void> {
  const values = parseOrThrow(evidencePatchSchema, patch);
  const before = await database.evidence.get(id);
  const date = values.date ?? before?.date;
  const validUntil = values.validUntil !== undefined ? values.validUntil : before?.validUntil;
  if (date && validUntil && validUntil < date)
    throw new ValidationError(
      tell('The valid-until date must be on or after the evidence date'),
      'validUntil',
    );
  await updateRecord<EvidenceItem>(database, 'evidence', id, values);
}

export async function deleteEvidence(database: CaioDatabase, id: string): Promise<void> {
  await deleteRecord(database, 'evidence', id);
}

/**
 * Records a review of a control or register item (who, when, outcome, note). A control's next review
 * moves to the review date plus its interval.
 */
export async function recordReview(
  database: CaioDatabase,
  clientId: string,
  subjectTable: ReviewSubjectTable,
  subjectId: string,
  input: ReviewInput,
): Promise<ReviewRecord> {
  const values = parseOrThrow(reviewInputSchema, input);
  const now = nowIso();
  const review: ReviewRecord = {
    id: newId(),
    clientId,
    subjectTable,
    subjectId,
    ...values,
    createdAt: now,
    updatedAt: now,
  };
  await database.transaction(
    'rw',
    [database.reviews, database.controls, database.table(subjectTable), database.changes],
    async () => {
      const subject = (await database.table(subjectTable).get(subjectId)) as
        { clientId?: string } | undefined;
      if (!subject || subject.clientId !== clientId)
        throw new ValidationError(tell('The item to review no longer exists.'));
      await database.reviews.add(review);
      if (subjectTable === 'controls') {
        const control = subject as ClientControl;
        const latest = (
          await database.reviews.where('[subjectTable+subjectId]').equals(['controls', subjectId]).toArray()
        ).reduce((max, r) => (r.date > max ? r.date : max), values.date);
        await updateRecord<ClientControl>(database, 'controls', subjectId, {
          nextReviewDate: nextReviewAfter(latest, control.reviewIntervalMonths),
        });
      }
    },
  );
  return review;
}

export function reviewsOf(
  database: CaioDatabase,
  subjectTable: ReviewSubjectTable,
  subjectId: string,
): Promise<ReviewRecord[]> {
  return database.reviews
    .where('[subjectTable+subjectId]')
    .equals([subjectTable, subjectId])
    .reverse()
    .sortBy('date');
}
