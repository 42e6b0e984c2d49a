import { FRAMEWORKS } from '../controls/frameworkPack';
import { CONTROL_STATUS_LABELS } from '../controls/records';
import { REGISTERS, formatFieldValue, type FieldDef, type RegisterId } from '../governance';
import { CHARTER_ITEM_LABELS } from '../portfolio/charter';
import {
  GATE_DECISION_LABELS,
  KPI_DIRECTION_LABELS,
  KPI_UNIT_LABELS,
  MEASUREMENT_CONFIDENCE_LABELS,
  RISK_TIER_LABELS,
  SCORE_LABELS,
  STAGE_LABELS,
} from '../portfolio/constants';
import { TEMPLATE_KIND_LABELS } from '../questionnaires/template';
import { dayIn, numberIn, type Wording } from '../shared/language';
import { EVALUATION_STATUS_LABELS } from '../vendors/constants';
import { IDEA_OUTCOME_LABELS } from '../workshops/constants';
import type { StoredRecord } from '../backup/format';

/**
 * How each handed-over table reads in the document: its title, the columns of its table (human labels,
 * code names turned into the words the screens use, dates as "19 Nov 2026"), and for the registers the
 * filled-in fields of each record. Values are plain text; the document escapes them.
 */

export interface ShowContext {
  /** Record id -> its title, for links. */
  title(id: unknown): string;
  /** The client's report language: labels, option words, dates and numbers. */
  words: Wording;
}

export interface Column {
  label: string;
  show(record: StoredRecord, ctx: ShowContext): string;
}

export interface DocumentTable {
  table: string;
  title: string;
  /** One line under the heading. */
  intro?: string;
  columns: Column[];
  /** Every filled-in field of a record, for the detail block under the table (registers and use cases). */
  details?(record: StoredRecord, ctx: ShowContext): [string, string][];
  /** The record's name in its detail block. */
  name?(record: StoredRecord): string;
}

const text = (v: unknown) =>
  v === null || v === undefined ? '' : Array.isArray(v) ? v.map(String).join(', ') : String(v);
type Show = (v: unknown, words: Wording) => string;
const labelled =
  (labels: Record<string, string>): Show =>
  (v, { t }) =>
    typeof v === 'string' ? (labels[v] ? t(labels[v]) : v) : text(v);
const number: Show = (v, { lang }) =>
  typeof v === 'number' && Number.isFinite(v) ? numberIn(lang, v, 2) : text(v);
const yesNo: Show = (v, { t }) => (v === true ? t('Yes') : v === false ? t('No') : '');
const day: Show = (v, { lang }) => (typeof v === 'string' && v ? dayIn(lang, v) : '');
/** "19 Nov 2026, 09:30" / "19 nov 2026, 09:30" (local time). */
const dayTime: Show = (v, { lang }) => {
  if (typeof v !== 'string' || !v) return '';
  const at = new Date(v);
  if (Number.isNaN(at.getTime())) return v;
  const pad = (n: number) => String(n).padStart(2, '0');
  const localDay = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${dayIn(lang, localDay)}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

/** A register field's value as the document shows it, in the client's report language. */
export function fieldValue(
  field: FieldDef,
  value: unknown,
  words: Wording,
  linkLabel?: (id: string) => string,
): string {
  if (field.kind === 'date') return day(value, words);
  if (field.kind === 'datetime') return dayTime(value, words);
  return formatFieldValue(field, value, { words, linkLabel });
}

function col(label: string, field: string, as: Show = (v) => text(v)): Column {
  return { label, show: (r, ctx) => as(r[field], ctx.words) };
}
function link(label: string, field: string): Column {
  return {
    label,
    show: (r, ctx) =>
      Array.isArray(r[field])
        ? (r[field] as unknown[]).map((id) => ctx.title(id)).join(', ')
        : r[field]
          ? ctx.title(r[field])
          : '',
  };
}

/** A governance register: its own field definitions give the labels, option words and date style the screens use. */
function registerTable(id: RegisterId): DocumentTable {
  const register = REGISTERS[id];
  const fieldsOf = (keys: readonly string[]) =>
    keys.map((key) => register.fields.find((f) => f.key === key)).filter((f) => f !== undefined);
  const shown = fieldsOf([
    register.titleField,
    ...register.listColumns.filter((k) => k !== register.titleField),
  ]).slice(0, 5);
  const show = (record: StoredRecord, key: string, ctx: ShowContext) => {
    const field = register.fields.find((f) => f.key === key)!;
    return fieldValue(field, record[key], ctx.words, (linked) => ctx.title(linked));
  };
  return {
    table: id,
    title: register.title,
    intro: register.description,
    columns: shown.map((f) => ({ label: f.label, show: (r, ctx) => show(r, f.key, ctx) })),
    name: (r) => text(r[register.titleField]),
    details: (r, ctx) =>
      register.fields
        .filter((f) => Object.hasOwn(r, f.key))
        .map((f) => [ctx.words.t(f.label), show(r, f.key, ctx)] as [string, string])
        .filter(([, value]) => value.trim() !== ''),
  };
}

function charterDetails(charter: unknown, ctx: ShowContext): [string, string][] {
  if (!charter || typeof charter !== 'object') return [];
  const { t } = ctx.words;
  const c = charter as Record<string, unknown>;
  const rows: [string, unknown][] = [
    [CHARTER_ITEM_LABELS.hypothesis, c.hypothesis],
    [CHARTER_ITEM_LABELS.scopeAndUsers, c.scopeAndUsers],
    [CHARTER_ITEM_LABELS.startDate, day(c.startDate, ctx.words)],
    [CHARTER_ITEM_LABELS.plannedEndDate, day(c.plannedEndDate, ctx.words)],
    [CHARTER_ITEM_LABELS.dataRules, c.dataRules],
    [CHARTER_ITEM_LABELS.humanOversightRule, c.humanOversightRule],
    [CHARTER_ITEM_LABELS.stopConditions, c.stopConditions],
    [
      CHARTER_ITEM_LABELS.budgetPlanned,
      typeof c.budgetPlanned === 'number' ? `EUR ${number(c.budgetPlanned, ctx.words)}` : '',
    ],
    [t('Vendor or tool'), c.vendorToolName || (c.vendorEvaluationId ? ctx.title(c.vendorEvaluationId) : '')],
  ];
  return rows
    .map(([label, v]) => {
      const item = t(label);
      return [
        t('Pilot charter: {{item}}', { item: `${item.charAt(0).toLowerCase()}${item.slice(1)}` }),
        text(v),
      ] as [string, string];
    })
    .filter(([, v]) => v.trim() !== '');
}

const USE_CASES: DocumentTable = {
  table: 'useCases',
  title: 'Use cases',
  intro: 'The AI use-case portfolio: every application followed from idea to production or retirement.',
  columns: [
    col('Use case', 'title'),
    col('Stage', 'stage', labelled(STAGE_LABELS)),
    col('Business process', 'process'),
    col('Business owner', 'businessOwner'),
    col('EU AI Act tier', 'riskTier', labelled(RISK_TIER_LABELS)),
  ],
  name: (r) => text(r.title),
  details: (r, ctx) => {
    const scores = (r.scores ?? {}) as Record<string, unknown>;
    const scored = Object.entries(SCORE_LABELS)
      .filter(([k]) => typeof scores[k] === 'number')
      .map(([k, label]) => `${ctx.words.t(label)} ${String(scores[k])}/5`)
      .join(', ');
    const rows: [string, string][] = [
      [ctx.words.t('Problem'), text(r.problemStatement)],
      [ctx.words.t('Intended use'), text(r.intendedUse)],
      [ctx.words.t('Out of scope'), text(r.outOfScopeUse)],
      [ctx.words.t('Users'), text(r.users)],
      [ctx.words.t('People affected'), text(r.affectedPersons)],
      [ctx.words.t('Project owner'), text(r.projectOwner)],
      [ctx.words.t('Sponsor'), text(r.sponsor)],
      [ctx.words.t('Scores'), scored],
      ...charterDetails(r.charter, ctx),
    ];
    return rows.filter(([, v]) => v.trim() !== '');
  },
};

const wholeOr: Show = (v, { t }) => (typeof v === 'object' && v !== null ? t('(whole record)') : text(v));

const OTHER_TABLES: DocumentTable[] = [
  {
    table: 'kpis',
    title: 'KPIs',
    columns: [
      link('Use case', 'useCaseId'),
      col('KPI', 'name'),
      {
        label: 'Unit',
        show: (r, ctx) =>
          r.unit === 'other' ? text(r.unitLabel) : labelled(KPI_UNIT_LABELS)(r.unit, ctx.words),
      },
      col('Direction', 'direction', labelled(KPI_DIRECTION_LABELS)),
      col('Baseline', 'baselineValue', number),
      col('Target', 'targetValue', number),
    ],
  },
  {
    table: 'kpiMeasurements',
    title: 'KPI measurements',
    columns: [
      link('KPI', 'kpiId'),
      col('Date', 'date', day),
      col('Value', 'value', number),
      col('Confidence', 'confidence', labelled(MEASUREMENT_CONFIDENCE_LABELS)),
      col('Note', 'note'),
    ],
  },
  {
    table: 'gateDecisions',
    title: 'Pilot gate decisions',
    columns: [
      link('Use case', 'useCaseId'),
      col('Date', 'date', day),
      col('Decision', 'decision', labelled(GATE_DECISION_LABELS)),
      col('Rationale', 'rationale'),
      col('Decided by', 'decidedBy'),
    ],
  },
  {
    table: 'evaluations',
    title: 'Vendor evaluations',
    columns: [
      col('Evaluation', 'title'),
      col('For', 'useCaseName'),
      link('Vendors', 'vendorIds'),
      col('Status', 'status', labelled(EVALUATION_STATUS_LABELS)),
      col('Notes', 'notes'),
    ],
  },
  {
    table: 'vendorContracts',
    title: 'Contracts with vendors',
    columns: [
      link('Vendor', 'vendorId'),
      col('DPA signed', 'dpaSigned', yesNo),
      col('DPA signed on', 'dpaSignedOn', day),
      col('Contract start', 'contractStart', day),
      col('Contract end', 'contractEnd', day),
      col('Notice by', 'noticeBy', day),
      col('Notes', 'notes'),
    ],
  },
  {
    table: 'vendorProfiles',
    title: 'Vendors',
    intro: 'The vendors these records refer to, as profiled.',
    columns: [
      col('Vendor', 'name'),
      col('Product', 'product'),
      col('Headquarters', 'headquarters'),
      col('Data locations', 'dataLocations'),
      col('Notes', 'notes'),
    ],
  },
  {
    table: 'workshops',
    title: 'Workshops',
    columns: [
      col('Workshop', 'title'),
      col('Date', 'date', day),
      col('Objective', 'objective'),
      col('Participants', 'participantCount', number),
      col('Next steps', 'nextSteps'),
      col('Notes', 'notes'),
    ],
  },
  {
    table: 'workshopIdeas',
    title: 'Workshop ideas',
    columns: [
      link('Workshop', 'workshopId'),
      col('No.', 'number', number),
      col('Idea', 'title'),
      col('Votes', 'votes', number),
      col('Outcome', 'outcome', labelled(IDEA_OUTCOME_LABELS)),
      col('Decision note', 'decisionNote'),
    ],
  },
  {
    table: 'controlProgrammes',
    title: 'AI management system programme',
    columns: [
      col('Frameworks in scope', 'frameworks', (v) =>
        Array.isArray(v)
          ? v.map((id) => FRAMEWORKS.find((f) => f.id === id)?.shortName ?? String(id)).join(', ')
          : '',
      ),
      col('Scope', 'scope'),
    ],
  },
  {
    table: 'controls',
    title: 'Controls',
    columns: [
      col('Control', 'title'),
      col('Status', 'status', labelled(CONTROL_STATUS_LABELS)),
      col('Owner', 'owner'),
      col('Evidence expected', 'evidenceExpected'),
      col('Next review', 'nextReviewDate', day),
      col('Notes', 'notes'),
    ],
  },
  {
    table: 'evidence',
    title: 'Evidence',
    columns: [
      col('Evidence', 'title'),
      link('Control', 'controlId'),
      col('Date', 'date', day),
      col('Valid until', 'validUntil', day),
      col('Provided by', 'providedBy'),
    ],
  },
  {
    table: 'reviews',
    title: 'Reviews',
    columns: [
      link('Of', 'subjectId'),
      col('Date', 'date', day),
      col('Reviewer', 'reviewer'),
      col('Outcome', 'outcome'),
      col('Note', 'note'),
    ],
  },
  {
    table: 'policyVersions',
    title: 'Policy versions',
    columns: [
      link('Policy', 'policyId'),
      col('Version', 'version'),
      col('Date', 'date', day),
      col('What changed', 'changeNote'),
    ],
  },
  {
    table: 'questionnaires',
    title: 'Questionnaires',
    columns: [
      col('Questionnaire', 'title'),
      col('Kind', 'kind', labelled(TEMPLATE_KIND_LABELS)),
      col('For', 'audience'),
      col('Sent to', 'expectedResponses', number),
    ],
  },
  {
    table: 'questionnaireResponses',
    title: 'Questionnaire responses',
    columns: [
      link('Questionnaire', 'questionnaireId'),
      { label: 'Respondent', show: (r) => text((r.respondent as { name?: string } | undefined)?.name) },
      col('Submitted', 'submittedAt', dayTime),
    ],
  },
  {
    table: 'reports',
    title: 'Board reports',
    columns: [
      col('Period', 'periodKey'),
      col('Version', 'version', number),
      col('Exported', 'exportedAt', dayTime),
    ],
  },
  {
    table: 'engagementLog',
    title: 'Engagement log',
    columns: [
      col('Date', 'date', day),
      col('Activity', 'activity'),
      col('Hours', 'hours', number),
      col('Note', 'note'),
    ],
  },
  {
    table: 'changes',
    title: 'Change history',
    columns: [
      col('When', 'at', dayTime),
      { label: 'Record', show: (r, ctx) => ctx.title(r.entityId) },
      col('Field', 'field'),
      col('Before', 'oldValue', wholeOr),
      col('After', 'newValue', wholeOr),
    ],
  },
];

const GOVERNANCE_ORDER: RegisterId[] = [
  'aiSystems',
  'risks',
  'incidents',
  'policies',
  'trainingRecords',
  'governanceDecisions',
  'governanceActions',
  'raciEntries',
  'decisionRights',
  'escalationPaths',
  'privacyRecords',
];

/** The tables of the document in reading order; a table with no records in the handover is left out. */
export const DOCUMENT_TABLES: readonly DocumentTable[] = [
  USE_CASES,
  ...GOVERNANCE_ORDER.map(registerTable),
  ...OTHER_TABLES,
];
