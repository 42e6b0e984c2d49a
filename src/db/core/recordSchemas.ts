import { z } from 'zod';
import { clientSchema } from '../../domain/clients/client';
import { engagementEntryInputSchema } from '../../domain/clients/engagement';
import { VendorContractSchema } from '../../domain/vendors/contracts';
import type { ReferenceSpec, TablePresentation } from '../../domain/backup';
import { CONTROLS_RECORD_SCHEMAS } from '../../domain/controls/validation';
import { QuestionnaireSchema } from '../../domain/questionnaires/questionnaire';
import { StoredResponseSchema } from '../../domain/questionnaires/storedResponse';
import { TemplateSchema } from '../../domain/questionnaires/template';
import { REGISTERS } from '../../domain/governance';

/**
 * What backups and imports know about tables beyond the schema, registered per table by the area that
 * owns it (append a line at the end of this file). Nothing here is required: a table that registers
 * nothing is still backed up, restored, validated generically (object, string id, owning client,
 * `<singular>Id(s)` references) and shown in the handover document.
 * - `registerRecordSchema(table, schema)`: a stricter zod schema every imported record must pass.
 * - `registerReference(table, path, target)`: a link the name rule cannot see (`vendors[].vendorId`).
 * - `registerNotReference(table, field)`: a field that looks like a link but is not.
 * - `registerTablePresentation(table, {...})`: label and order in lists.
 */

const schemas = new Map<string, z.ZodType>();
const references = new Map<string, ReferenceSpec[]>();
const notReferences = new Map<string, string[]>();
const presentations = new Map<string, Partial<TablePresentation>>();

export function registerRecordSchema(table: string, schema: z.ZodType): void {
  schemas.set(table, schema);
}

export function registerReference(table: string, path: string, target: string | readonly string[]): void {
  const list = (references.get(table) ?? []).filter((r) => r.path !== path);
  references.set(table, [...list, { path, target }]);
}

export function registerNotReference(table: string, field: string): void {
  notReferences.set(table, [...(notReferences.get(table) ?? []), field]);
}

export function registerTablePresentation(table: string, presentation: Partial<TablePresentation>): void {
  presentations.set(table, { ...presentations.get(table), ...presentation });
}

export function recordSchemaFor(table: string): z.ZodType | undefined {
  return schemas.get(table);
}

export function referencesFor(table: string): ReferenceSpec[] {
  return references.get(table) ?? [];
}

export function notReferencesFor(table: string): string[] {
  return notReferences.get(table) ?? [];
}

export function presentationFor(table: string): Partial<TablePresentation> | undefined {
  return presentations.get(table);
}

// --- Foundation tables -------------------------------------------------------------------------
registerRecordSchema('clients', clientSchema);
registerRecordSchema(
  'engagementLog',
  engagementEntryInputSchema.extend({
    id: z.string().min(1),
    clientId: z.string().min(1),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
registerRecordSchema(
  'changes',
  z.object({
    id: z.string().min(1),
    clientId: z.string().nullable(),
    entity: z.string().min(1),
    entityId: z.string().min(1),
    field: z.string(),
    at: z.string(),
    by: z.string(),
    kind: z.enum(['edit', 'create', 'delete', 'restore']).optional(),
    deviceId: z.string().optional(),
    seq: z.number().int().nonnegative().optional(),
    typed: z.boolean().optional(),
    note: z.string().optional(),
  }),
);
registerTablePresentation('clients', { label: 'Clients', order: 0 });
registerTablePresentation('engagementLog', { label: 'Engagement log', order: 1900 });
registerTablePresentation('changes', { label: 'Change history', order: 2000 });
registerTablePresentation('settings', { label: 'Settings', order: 3000 });
registerTablePresentation('evaluations', { label: 'Vendor evaluations' });
registerTablePresentation('vendorContracts', { label: 'Vendor contracts' });
registerRecordSchema('vendorContracts', VendorContractSchema);
registerTablePresentation('reports', { label: 'Board reports', order: 1800 });

// --- Links between areas the `<singular>Id` rule cannot infer (ignored while a table does not exist) ---
registerReference('evaluations', 'vendors[].vendorId', 'vendorProfiles');
registerReference('vendorContracts', 'vendorId', 'vendorProfiles');
registerReference('evaluations', 'vendorIds[]', 'vendorProfiles');
registerReference('useCases', 'vendorEvaluationIds[]', 'evaluations');
registerReference('useCases', 'charter.vendorEvaluationId', 'evaluations');
registerReference('useCases', 'charter.aiSystemId', 'aiSystems');

// --- Controls programme (src/domain/controls): evidence files are checked by content and size on import ---
for (const [table, schema] of Object.entries(CONTROLS_RECORD_SCHEMAS)) registerRecordSchema(table, schema);
registerReference('policyVersions', 'acknowledgements[].trainingRecordId', 'trainingRecords');
registerNotReference('controls', 'requirementIds');
registerNotReference('controls', 'obligationIds');
registerNotReference('requirementDecisions', 'requirementId');
registerTablePresentation('libraryControls', { label: 'Control library (consultant-wide)', order: 1500 });
registerTablePresentation('controlProgrammes', { label: 'AI management system programme', order: 1510 });
registerTablePresentation('controls', { label: 'Controls', order: 1520 });
registerTablePresentation('requirementDecisions', { label: 'Applicability decisions', order: 1530 });
registerTablePresentation('evidence', { label: 'Evidence', order: 1540 });
registerTablePresentation('reviews', { label: 'Reviews', order: 1550 });
registerTablePresentation('policyVersions', { label: 'Policy versions', order: 1560 });
// --- Questionnaires (src/domain/questionnaires) ---------------------------------------------------
registerRecordSchema('questionnaireTemplates', TemplateSchema);
registerRecordSchema('questionnaires', QuestionnaireSchema);
registerRecordSchema('questionnaireResponses', StoredResponseSchema);
registerReference('questionnaires', 'vendorId', 'vendorProfiles');
registerTablePresentation('questionnaireTemplates', { label: 'Questionnaire templates' });
registerTablePresentation('questionnaires', { label: 'Questionnaires', order: 1700 });
registerTablePresentation('questionnaireResponses', { label: 'Questionnaire responses', order: 1710 });
// --- Governance link fields: ids of the tables their `linkTo` names, one or several (`relatedIds`) ---
for (const register of Object.values(REGISTERS)) {
  for (const field of register.fields)
    if (field.kind === 'links' && field.linkTo?.length)
      registerReference(register.id, `${field.key}[]`, field.linkTo);
}
