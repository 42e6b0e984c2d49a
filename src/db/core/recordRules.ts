import {
  clientDatesProblem,
  validateClientField,
  type Client,
  type ClientField,
} from '../../domain/clients/client';
import { REGISTERS, validatePatch, type RegisterId } from '../../domain/governance';
import { REGISTER_IDS } from '../../domain/governance/registers/fieldTypes';
import {
  validateKpiOn,
  validateMeasurement,
  validateUseCase,
  type FieldError,
  type Kpi,
} from '../../domain/portfolio';
import { reportTextsSchema, slideConfigSchema } from '../../domain/reports/report';
import { VendorContractSchema } from '../../domain/vendors';
import { TemplateSchema, templateProblems, type QuestionnaireTemplate } from '../../domain/questionnaires';
import { differingFields } from '../../domain/shared/patch';
import { reconcileSession, workshopTimesProblem, type Workshop } from '../../domain/workshops';
import { EditRefusedError, FieldsInvalidError, RegisterValidationError } from './errors';
import type { CaioDatabase } from './schema';
import { todayIso } from '../../domain/shared/dates';
import { tell } from '../../domain/shared/language';

/**
 * What the one write path (`updateRecord`) checks per table: the record after the edit is validated
 * with the same rules as a new one, so an edit (or a replayed journal entry) can never store what a form
 * would refuse. Tables without a `validate` are checked by their repository before they call the path.
 */

export type Checked =
  { ok: true; record: object; warnings?: string[] } | { ok: false; error: EditRefusedError };

export interface RecordRules {
  /** What one record is called in messages. */
  label: string;
  /** Other tables `after` writes (part of the transaction). */
  tables?: string[];
  validate?(input: {
    database: CaioDatabase;
    before: object;
    next: object;
    fields: string[];
    today?: string;
  }): Checked | Promise<Checked>;
  /** Runs in the same transaction after the record was written. */
  after?(database: CaioDatabase, before: object, saved: object): Promise<void>;
}

export const FROZEN_MESSAGE =
  'This report was exported and is frozen so it can be re-exported exactly. Reopen it as a new version to change it.';

function refused(message: string, field?: string): Checked {
  return { ok: false, error: new EditRefusedError([{ field, message }]) };
}

function fromDomain(result: { ok: true; value: object } | { ok: false; errors: FieldError[] }): Checked {
  return result.ok
    ? { ok: true, record: result.value }
    : { ok: false, error: new FieldsInvalidError(result.errors) };
}

const clientRules: RecordRules = {
  label: 'client',
  validate: ({ next, fields }) => {
    const record = { ...next } as Record<string, unknown>;
    for (const field of fields) {
      const checked = validateClientField(field as ClientField, record[field]);
      if (!checked.ok)
        return { ok: false, error: new EditRefusedError([{ field, message: checked.message }]) };
      record[field] = checked.value;
    }
    const dates = fields.some((f) => f === 'engagementStart' || f === 'renewalDate')
      ? clientDatesProblem(record as unknown as Client)
      : null;
    if (dates) return { ok: false, error: new EditRefusedError([dates]) };
    return { ok: true, record };
  },
};

function registerRules(id: RegisterId): RecordRules {
  const register = REGISTERS[id];
  return {
    label: register.singular,
    validate: ({ before, next, fields, today }) => {
      // Fields outside the register's form (the classification, obligations) are checked by their own module.
      const own = fields.filter((field) => field in register.shape);
      if (own.length === 0) return { ok: true, record: next };
      const values = Object.fromEntries(
        own.map((field) => [field, (next as Record<string, unknown>)[field]]),
      );
      const outcome = validatePatch(register, before as Record<string, unknown>, values, today ?? todayIso());
      return outcome.ok
        ? { ok: true, record: { ...next, ...outcome.values } }
        : { ok: false, error: new RegisterValidationError(outcome.issues) };
    },
  };
}

const reportRules: RecordRules = {
  label: 'report',
  validate: ({ before, next }) => {
    if ((before as { snapshot: unknown }).snapshot) return refused(FROZEN_MESSAGE);
    const report = next as { texts: unknown; slides: unknown };
    const texts = reportTextsSchema.safeParse(report.texts);
    if (!texts.success)
      return refused(texts.error.issues[0]?.message ?? tell('These texts are not valid'), 'texts');
    const slides = slideConfigSchema.safeParse(report.slides);
    if (!slides.success)
      return refused(slides.error.issues[0]?.message ?? tell('This slide selection is not valid'), 'slides');
    return { ok: true, record: { ...next, texts: texts.data, slides: slides.data } };
  },
};

/** A library template: checked whole; a content change of a version a client's questionnaire uses makes a new version. */
const questionnaireTemplateRules: RecordRules = {
  label: 'questionnaire template',
  tables: ['questionnaires'],
  validate: async ({ database, before, next }) => {
    const prior = before as QuestionnaireTemplate;
    if (prior.builtIn)
      return refused(tell('The shipped templates cannot be changed: copy one to make it your own.'));
    const problems = templateProblems(next as QuestionnaireTemplate);
    if (problems.length > 0)
      return {
        ok: false,
        error: new EditRefusedError(problems.map(({ field, message }) => ({ field, message }))),
      };
    const checked = TemplateSchema.safeParse(next);
    if (!checked.success)
      return refused(checked.error.issues[0]?.message ?? tell('This template is not valid'));
    const changed = differingFields(prior, checked.data, ['updatedAt', 'version']).length > 0;
    const used =
      changed &&
      (await database.questionnaires
        .filter((q) => q.templateId === prior.id && q.version === prior.version)
        .count()) > 0;
    return { ok: true, record: { ...checked.data, version: used ? prior.version + 1 : prior.version } };
  },
};

const RULES: Record<string, RecordRules> = {
  clients: clientRules,
  useCases: { label: 'use case', validate: ({ next }) => fromDomain(validateUseCase(next)) },
  kpis: { label: 'KPI', validate: ({ next, today }) => fromDomain(validateKpiOn(next, today ?? todayIso())) },
  reports: reportRules,
  ...Object.fromEntries(REGISTER_IDS.map((id) => [id, registerRules(id)])),
  kpiMeasurements: {
    label: 'measurement',
    tables: ['kpis'],
    validate: async ({ database, next, today }) => {
      const kpi = await database.kpis.get((next as { kpiId: string }).kpiId);
      if (!kpi) return refused(tell('The KPI of this measurement no longer exists.'));
      return fromDomain(validateMeasurement(next, kpi as Kpi, today ?? todayIso()));
    },
  },
  workshops: {
    label: 'workshop',
    // A changed agenda keeps the facilitation state inside the new agenda.
    validate: ({ next, fields }) => {
      const workshop = next as Workshop;
      const times = workshopTimesProblem(workshop);
      if (times) return refused(times.message, times.field);
      return {
        ok: true,
        record: fields.includes('agenda')
          ? { ...workshop, session: reconcileSession(workshop.session, workshop.agenda) }
          : workshop,
      };
    },
  },
  workshopIdeas: { label: 'idea' },
  evaluations: { label: 'evaluation' },
  vendorContracts: {
    label: 'contract',
    validate: ({ next }) => {
      const parsed = VendorContractSchema.safeParse(next);
      if (parsed.success) return { ok: true, record: parsed.data };
      const issue = parsed.error.issues[0];
      return refused(issue.message, String(issue.path[0] ?? ''));
    },
  },
  vendorProfiles: { label: 'vendor profile' },
  criteriaTemplates: { label: 'criteria template' },
  libraryControls: { label: 'library control' },
  controlProgrammes: { label: 'control programme' },
  controls: { label: 'control' },
  requirementDecisions: { label: 'applicability decision' },
  evidence: { label: 'evidence' },
  reviews: { label: 'review' },
  policyVersions: { label: 'policy version' },
  questionnaireTemplates: questionnaireTemplateRules,
  questionnaires: { label: 'questionnaire' },
  questionnaireResponses: { label: 'questionnaire response' },
};

export function rulesFor(table: string): RecordRules {
  return RULES[table] ?? { label: 'record' };
}

/** What each table's records are called in messages (translated where shown). */
export function recordLabels(): string[] {
  return ['record', 'client', ...Object.values(RULES).map((rules) => rules.label)];
}
