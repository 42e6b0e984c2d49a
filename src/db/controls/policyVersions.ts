import { z } from 'zod';
import { nextReviewAfter, REVIEW_DATE_FIELDS, type PolicyVersion } from '../../domain/controls';
import { isIsoDate } from '../../domain/governance';
import { ValidationError } from '../core/errors';
import { newId, nowIso } from '../core/ids';
import { updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { parseOrThrow } from './zodIssue';
import { tell } from '../../domain/shared/language';

/** Policy versions (the text as approved, kept per version) and who acknowledged each version. */

const versionInput = z.object({
  version: z
    .string()
    .trim()
    .min(1, { error: () => tell('Enter the version number, e.g. 1.2') })
    .max(40, { error: () => tell('Keep the version under 40 characters') }),
  date: z.string().refine(isIsoDate, { error: () => tell('Enter the version date as a date (YYYY-MM-DD)') }),
  changeNote: z
    .string()
    .trim()
    .max(1000, { error: () => tell('Keep the change note under 1,000 characters') }),
});

/** Oldest first: by date, then by version number (1.9 before 1.10), then by when it was kept. */
export async function listPolicyVersions(database: CaioDatabase, policyId: string): Promise<PolicyVersion[]> {
  const versions = await database.policyVersions.where('policyId').equals(policyId).toArray();
  return versions.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.version.localeCompare(b.version, 'en', { numeric: true }) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** Keeps the policy's current text as a new version (and sets the policy's version number to it). */
export async function savePolicyVersion(
  database: CaioDatabase,
  policyId: string,
  input: z.input<typeof versionInput>,
): Promise<PolicyVersion> {
  const values = parseOrThrow(versionInput, input);
  return database.transaction(
    'rw',
    [database.policies, database.policyVersions, database.changes],
    async () => {
      const policy = await database.policies.get(policyId);
      if (!policy) throw new ValidationError(tell('This policy no longer exists.'));
      const existing = await database.policyVersions.where('policyId').equals(policyId).toArray();
      if (existing.some((v) => v.version === values.version))
        throw new ValidationError(
          tell('Version {{version}} is already kept: give the new version another number.', {
            version: values.version,
          }),
          'version',
        );
      const now = nowIso();
      const version: PolicyVersion = {
        id: newId(),
        clientId: policy.clientId,
        policyId,
        ...values,
        text: policy.text,
        acknowledgements: [],
        createdAt: now,
        updatedAt: now,
      };
      await database.policyVersions.add(version);
      if (policy.version !== values.version)
        await updateRecord<typeof policy>(database, 'policies', policyId, { version: values.version });
      return version;
    },
  );
}

/** Records that a person or group of the AI-literacy register acknowledged a version (once each). */
export async function acknowledgeVersion(
  database: CaioDatabase,
  versionId: string,
  trainingRecordId: string,
  date: string,
): Promise<void> {
  if (!isIsoDate(date))
    throw new ValidationError(tell('Enter the acknowledgement date as a date (YYYY-MM-DD)'), 'date');
  await database.transaction(
    'rw',
    [database.policyVersions, database.trainingRecords, database.changes],
    async () => {
      const version = await database.policyVersions.get(versionId);
      const person = await database.trainingRecords.get(trainingRecordId);
      if (!version || !person || person.clientId !== version.clientId)
        throw new ValidationError("Choose a person or group from this client's AI-literacy register.");
      if (version.acknowledgements.some((a) => a.trainingRecordId === trainingRecordId)) return;
      await updateRecord<PolicyVersion>(database, 'policyVersions', versionId, {
        acknowledgements: [...version.acknowledgements, { trainingRecordId, person: person.person, date }],
      });
    },
  );
}

/** After a review of a register item, its next review date moves on by the months chosen. */
export async function moveRegisterReview(
  database: CaioDatabase,
  table: keyof typeof REVIEW_DATE_FIELDS,
  id: string,
  reviewDate: string,
  months: number,
): Promise<void> {
  const field = REVIEW_DATE_FIELDS[table];
  const patch: Record<string, string> = { [field]: nextReviewAfter(reviewDate, months) };
  if (table === 'aiSystems') patch.lastReviewDate = reviewDate;
  await updateRecord(database, table, id, patch as never);
}
