/**
 * Which fields of a record stay plain in a vault: THE one place. Everything else is encrypted.
 *
 * The rule: a field stays plain only when IndexedDB must read it, i.e. it is the table's primary key
 * or part of one of its indexes (read from the live Dexie schema, so a table added later is encrypted
 * without anyone remembering it). Every such field name must be listed below with the reason it may be
 * plain; `test/unit/db/vault/fieldPolicy.test.ts` fails for an indexed field that is not, so nobody
 * indexes a name or a note by accident (an index on content would leak it). Search and sorting on
 * content (client and vendor names, titles) happen in memory after decryption.
 *
 * One exception by record, not by field: settings rows whose key starts with `vault.` (the vault
 * header: KDF parameters, salts and wrapped keys, which are ciphertext already) are stored as they are,
 * because they must be read before anything can be decrypted.
 */

export const PLAIN_FIELD_REASONS: Readonly<Record<string, string>> = {
  id: 'primary key: a random id that says nothing about its record',
  key: 'primary key of settings: the name of a setting',
  clientId: 'owner: finds a client’s records (deletion, handover) and picks the key that encrypts them',
  status: 'one of a few fixed words (active, paused, open…) that lists filter by',
  stage: 'portfolio stage (idea, pilot…): a fixed word the board groups by',
  date: 'a calendar date, queried by range (engagement log, measurements, workshops, decisions)',
  at: 'a timestamp: change history sorted by time',
  exportedAt: 'when a report was exported (timestamp)',
  periodKey: 'report period such as 2026-Q1',
  entity: 'change history: the table name of the changed record',
  entityId: 'change history: the id of the changed record',
  useCaseId: 'id link to a use case',
  kpiId: 'id link to a KPI',
  workshopId: 'id link to a workshop',
  number: 'running number of an idea within its workshop',
  vendorId: 'id link to a library vendor',
  vendorIds: 'id links to library vendors',
  aiSystemIds: 'id links to AI systems',
  useCaseIds: 'id links to use cases',
  relatedIds: 'id links to other register items',
  riskIds: 'id links to risks',
  obligationDates: 'dates of open EU AI Act obligations (calendar)',
  nextReviewDate: 'review date (calendar)',
  reviewDate: 'review date (calendar)',
  dueDate: 'due date (calendar)',
  refreshDue: 'training refresh date (calendar)',
  libraryControlId: 'id link to a library control',
  requirementIds: 'ids of framework requirements (fixed catalogue ids such as an ISO 42001 clause)',
  requirementId: 'id of a framework requirement (fixed catalogue id)',
  subjectTable: 'reviews: the table name of the reviewed record',
  subjectId: 'reviews: the id of the reviewed record',
  controlId: 'id link to a control',
  policyId: 'id link to a policy',
  validUntil: 'evidence expiry date (calendar)',
  kind: 'questionnaire kind: one of a few fixed words (survey, dpia, fria…)',
  questionnaireId: 'id link to a questionnaire',
};

/** Fields not needed by any index that are nevertheless kept plain. None: add one only with a reason here. */
export const EXTRA_PLAIN_FIELDS: Readonly<Record<string, string>> = {};

export const VAULT_SETTING_PREFIX = 'vault.';

interface SchemaLike {
  primaryKey: { keyPath: null | string | string[] };
  indexes: readonly { keyPath: null | string | string[] }[];
}

/** The top-level fields of a table that stay plain: its key path, its indexes' key paths, the extras. */
export function plainFieldsOf(schema: SchemaLike): Set<string> {
  const fields = new Set<string>(Object.keys(EXTRA_PLAIN_FIELDS));
  for (const keyPath of [schema.primaryKey.keyPath, ...schema.indexes.map((i) => i.keyPath)]) {
    for (const path of keyPath === null ? [] : Array.isArray(keyPath) ? keyPath : [keyPath])
      fields.add(path.split('.')[0]);
  }
  return fields;
}

/** Indexed fields of a schema that have no documented reason to be plain (the test lists them). */
export function undocumentedPlainFields(schema: SchemaLike): string[] {
  return [...plainFieldsOf(schema)].filter(
    (field) => !(field in PLAIN_FIELD_REASONS) && !(field in EXTRA_PLAIN_FIELDS),
  );
}

export function isVaultSettingRow(table: string, value: unknown): boolean {
  return (
    table === 'settings' &&
    typeof (value as { key?: unknown } | null)?.key === 'string' &&
    (value as { key: string }).key.startsWith(VAULT_SETTING_PREFIX)
  );
}
