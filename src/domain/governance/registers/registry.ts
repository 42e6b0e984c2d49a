import { aiSystemsRegister } from './aiSystems';
import { decisionRightsRegister } from './decisionRights';
import { escalationPathsRegister } from './escalationPaths';
import type { FieldDef, RegisterDefinition, RegisterId } from './fieldTypes';
import { governanceActionsRegister } from './governanceActions';
import { governanceDecisionsRegister } from './governanceDecisions';
import { incidentsRegister } from './incidents';
import { policiesRegister } from './policies';
import { privacyRecordsRegister } from './privacyRecords';
import { raciEntriesRegister } from './raciEntries';
import { risksRegister } from './risks';
import { trainingRecordsRegister } from './trainingRecords';

/** The eleven governance registers of `domain.md`, in the order they are listed. */
export const REGISTERS: Record<RegisterId, RegisterDefinition> = {
  aiSystems: aiSystemsRegister,
  privacyRecords: privacyRecordsRegister,
  raciEntries: raciEntriesRegister,
  decisionRights: decisionRightsRegister,
  escalationPaths: escalationPathsRegister,
  incidents: incidentsRegister,
  risks: risksRegister,
  policies: policiesRegister,
  trainingRecords: trainingRecordsRegister,
  governanceDecisions: governanceDecisionsRegister,
  governanceActions: governanceActionsRegister,
};

export const REGISTER_LIST: readonly RegisterDefinition[] = Object.values(REGISTERS);

export function registerBySlug(slug: string | undefined): RegisterDefinition | undefined {
  return REGISTER_LIST.find((register) => register.slug === slug);
}

export function fieldDef(register: RegisterDefinition, key: string): FieldDef | undefined {
  return register.fields.find((field) => field.key === key);
}

/** The name of a record in lists, links and messages. */
export function recordTitle(register: RegisterDefinition, record: Record<string, unknown>): string {
  const value = record[register.titleField];
  const text = typeof value === 'string' ? value.trim() : '';
  return text || `Untitled ${register.singular}`;
}

/** The `links` fields of all registers that point to `target`: where to look for backlinks. */
export function linkFieldsTo(target: RegisterId): { register: RegisterDefinition; field: FieldDef }[] {
  return REGISTER_LIST.flatMap((register) =>
    register.fields
      .filter((field) => field.kind === 'links' && field.linkTo?.includes(target))
      .map((field) => ({ register, field })),
  );
}
