import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractKeys } from '../../../src/i18n/extractKeys';
import { loadLanguage, translator } from '../../../src/i18n/i18n';
import en from '../../../src/i18n/en.json';
import nl from '../../../src/i18n/nl.json';
import {
  GATE_DECISION_LABELS,
  HARD_FILTER_EFFECT_LABELS,
  KPI_UNITS,
  QUADRANT_LABELS,
  QUADRANT_PLURALS,
  RISK_TIER_LABELS,
  STAGE_LABELS,
} from '../../../src/domain/portfolio/constants';
import { STOP_LABEL } from '../../../src/domain/portfolio/scoring';
import { formatKpiValue } from '../../../src/domain/portfolio/kpiRecords';
import { KPI_STATUS_WORDS } from '../../../src/domain/reports/portfolioSection';
import { SLIDE_TITLES } from '../../../src/domain/reports/slides';
import {
  DPA_STATUS_LABELS,
  EVALUATION_STATUS_LABELS,
  VENDOR_DECISION_LABELS,
} from '../../../src/domain/vendors/constants';
import {
  ACTION_STATUS_LABELS,
  INCIDENT_STATUS_LABELS,
  RISK_TREATMENT_LABELS,
} from '../../../src/domain/governance/registers/constants';
import { EFFECTIVE_STATUS_LABELS } from '../../../src/domain/governance/systemFacts';
import { REGISTERS } from '../../../src/domain/governance';
import { IDEA_OUTCOME_LABELS } from '../../../src/domain/workshops/constants';
import { csvRowsOfUseCases, USE_CASE_CSV_HEADER } from '../../../src/domain/portfolio/csv';
import { extraColumns } from '../../../src/features/governance/registers/registerExtras';
import { EU_AI_ACT_OBLIGATIONS } from '../../../src/domain/governance/euAiActObligations';
import { timeLeftLabel } from '../../../src/domain/governance/incidentClocks';
import { EU_AI_ACT_RULE_PACK } from '../../../src/domain/governance/euAiActRulePack';
import { OVERSIGHT_SHORT } from '../../../src/db/reports/governance';
import {
  KPI_STATUS_TEXT,
  OVERALL_STATUS_TEXT,
  SEVERITY_LABELS,
} from '../../../src/features/reports/slides/statusLabels';
import { dayIn, english, euroIn, numberIn } from '../../../src/domain/shared/language';
import {
  CONTROL_GAP_LABELS,
  CONTROL_STATUS_LABELS,
  FRAMEWORK_PACK,
  FRAMEWORKS,
  INCLUSION_REASON_LABELS,
  READINESS_DEFINITION,
  REQUIREMENT_STATUS_LABELS,
  SOA_COLUMNS,
} from '../../../src/domain/controls';

const NL = nl as Record<string, string>;
const EN = en as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every key the code passes to `t` as a literal. */
const codeKeys = [...new Set(sourceFiles('src').flatMap((file) => extractKeys(readFileSync(file, 'utf8'))))];

/** The rule pack's obligation titles, with the variants for a provider or a deployer nested in a rule. */
function ruleTitles(rules: readonly object[]): string[] {
  return rules.flatMap((rule) =>
    Object.values(rule)
      .flatMap((value) =>
        typeof value === 'string'
          ? []
          : value && typeof value === 'object' && 'title' in value
            ? [String(value.title)]
            : [],
      )
      .concat('title' in rule ? [String(rule.title)] : []),
  );
}

/** Keys the code builds from label maps: what the report translates with `t(LABELS[value])`. */
const labelKeys = [
  ...Object.values(STAGE_LABELS),
  ...Object.values(RISK_TIER_LABELS),
  ...Object.values(QUADRANT_LABELS),
  ...Object.values(QUADRANT_PLURALS),
  STOP_LABEL,
  'Not scored',
  ...Object.values(GATE_DECISION_LABELS),
  ...Object.values(KPI_STATUS_WORDS),
  ...Object.values(KPI_STATUS_TEXT),
  ...Object.values(OVERALL_STATUS_TEXT),
  ...Object.values(SEVERITY_LABELS),
  ...Object.values(SLIDE_TITLES),
  ...Object.values(DPA_STATUS_LABELS),
  ...Object.values(EVALUATION_STATUS_LABELS),
  ...Object.values(VENDOR_DECISION_LABELS),
  ...Object.values(EFFECTIVE_STATUS_LABELS),
  ...Object.values(ACTION_STATUS_LABELS),
  ...Object.values(INCIDENT_STATUS_LABELS),
  ...Object.values(RISK_TREATMENT_LABELS),
  ...Object.values(OVERSIGHT_SHORT),
  ...KPI_UNITS.map((u) => formatKpiValue(0, u).replace(/^0\s?/, '').trim()).filter(Boolean),
  ...ruleTitles(EU_AI_ACT_OBLIGATIONS),
  ...EU_AI_ACT_RULE_PACK.incidentClocks.map((c) => c.title),
  // The Statement of Applicability: its columns and values, and the ISO/IEC 42001 Annex A controls it lists.
  ...SOA_COLUMNS.map((c) => c.label),
  ...['Yes', 'No', 'Not decided'],
  ...Object.values(INCLUSION_REASON_LABELS),
  ...Object.values(REQUIREMENT_STATUS_LABELS),
  ...Object.values(CONTROL_GAP_LABELS),
  ...Object.values(CONTROL_STATUS_LABELS),
  READINESS_DEFINITION,
  FRAMEWORK_PACK.notice,
  ...FRAMEWORKS.map((f) => f.shortName),
  ...FRAMEWORK_PACK.requirements
    .filter((r) => r.framework === 'iso42001' && r.kind === 'annexControl')
    .flatMap((r) => [r.group, r.title]),
  ...Object.values(IDEA_OUTCOME_LABELS),
  // The portfolio's CSV: its header, the hard filters and their effects.
  ...USE_CASE_CSV_HEADER,
  ...Object.values(HARD_FILTER_EFFECT_LABELS),
  ...['Prohibited practice', 'No business owner', 'No measurable KPI'],
  // The registers' CSV: every register's title, field labels and option labels, and the computed columns.
  ...Object.values(REGISTERS).flatMap((register) => [
    register.title,
    ...register.fields.flatMap((f) => [f.label, ...(f.options ?? []).map((o) => o.label)]),
    ...extraColumns(register.id, new Date()).map((e) => e.header),
  ]),
];

const isPlural = (key: string) => key.includes('{{count}}');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('finds the keys the code uses, and only translatable ones', () => {
    expect(codeKeys.length).toBeGreaterThan(150);
    expect(codeKeys).toContain('AI progress update');
    expect(codeKeys).toContain('overdue since {{date}}');
    expect(codeKeys).toContain('by {{date}}');
    expect(codeKeys).not.toContain('quick-win');
    expect(codeKeys).not.toContain('unclassified');
  });

  it('extracts both branches of a conditional key but not what a condition compares with', () => {
    expect(extractKeys("t(x === 'a' ? 'One' : 'Two', { n }); header(['A', 'B']); t(MAP['k'])")).toEqual([
      'One',
      'Two',
      'A',
      'B',
    ]);
  });

  it('has a Dutch text for every key of the code, plural keys in both forms', () => {
    const missing = codeKeys.flatMap((key) =>
      isPlural(key) ? [`${key}_one`, `${key}_other`].filter((k) => !NL[k]) : NL[key] ? [] : [key],
    );
    expect(missing).toEqual([]);
  });

  it('has a Dutch text for every label the report translates, and for every rule-pack obligation', () => {
    expect(labelKeys.filter((key) => !NL[key])).toEqual([]);
  });

  it('keeps no Dutch text that nothing uses', () => {
    const used = new Set([...codeKeys, ...labelKeys]);
    const orphans = Object.keys(NL).filter((key) => !used.has(key.replace(/_(one|other)$/, '')));
    expect(orphans).toEqual([]);
  });

  it('fills the same values in Dutch as in English, and English singulars only for plural keys', () => {
    // A singular may leave out the number itself ("the one idea") and the end of a range of one.
    const mayDrop = (key: string, p: string) => key.endsWith('_one') && (p === 'to' || p === 'count');
    for (const [key, text] of Object.entries({ ...NL, ...EN }))
      expect(placeholders(text), key).toEqual(
        placeholders(key.replace(/_(one|other)$/, '')).filter(
          (p) => !mayDrop(key, p) || placeholders(text).includes(p),
        ),
      );
    for (const key of Object.keys(EN)) {
      expect(key.endsWith('_one'), key).toBe(true);
      expect(codeKeys, key).toContain(key.replace(/_one$/, ''));
    }
  });

  it('writes English in the domain as i18next does, singular and plural', () => {
    const en = translator('en');
    for (const key of codeKeys)
      for (const count of [1, 2]) {
        const values = Object.fromEntries(
          placeholders(key).map((p) => [p, p === 'count' ? count : `<${p}>`]),
        );
        expect(english(key, values), key).toBe(en(key, values));
      }
  });

  it('translates with plurals and values, and writes dates, numbers and money the Dutch way', async () => {
    await loadLanguage('nl');
    const t = translator('nl');
    expect(t('{{count}} new risks', { count: 1 })).toBe('1 nieuw risico');
    expect(t('{{count}} new risks', { count: 3 })).toBe('3 nieuwe risico’s'.replace('’', "'"));
    expect(t('Prepared by {{name}}', { name: 'A. de Vries' })).toBe('Opgesteld door A. de Vries');
    expect(translator('en')('{{count}} new risks', { count: 1 })).toBe('1 new risk');
    expect(translator('en')('{{count}} new risks', { count: 2 })).toBe('2 new risks');
    expect(dayIn('nl', '2026-12-01', true)).toBe('1 december 2026');
    expect(dayIn('nl', '2026-03-05')).toBe('5 mrt 2026');
    expect(dayIn('en', '2026-12-01', true)).toBe('1 December 2026');
    expect(numberIn('nl', 12000.5)).toBe('12.000,5');
    expect(euroIn('nl', 12000)).toBe('€\u00a012.000');
    expect(euroIn('en', 12000)).toBe('€12,000');
    const now = new Date('2026-12-01T09:00:00');
    const words = { lang: 'nl' as const, t };
    expect(timeLeftLabel(new Date('2026-12-04T13:00:00'), now, words)).toBe('Nog 3 dagen 4 u');
    expect(timeLeftLabel(new Date('2026-12-02T09:00:00'), now, words)).toBe('Nog 1 dag');
    expect(timeLeftLabel(new Date('2026-12-01T04:00:00'), now, words)).toBe('5 u te laat');
    expect(timeLeftLabel(new Date('2026-12-04T13:00:00'), now)).toBe('3 days 4 h left');
    const [header] = csvRowsOfUseCases([], [], words);
    expect(header.slice(0, 5)).toEqual(['ID', 'Titel', 'Proces / afdeling', 'Fase', 'In fase sinds']);
  });
});
