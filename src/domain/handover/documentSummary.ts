import type { StoredRecord, TableRecords } from '../backup/format';
import {
  REGISTERS,
  RISK_LEVEL_LABELS,
  RISK_STATUS_LABELS,
  riskHeatMap,
  riskLevel,
  type RegisterId,
  type Risk,
} from '../governance';
import {
  ACTIVE_PILOT_STAGES,
  RISK_TIER_LABELS,
  STAGES,
  STAGE_LABELS,
  type RiskTier,
  type Stage,
} from '../portfolio/constants';
import type { GovernanceReportData } from '../reports/types';
import { dayIn, type Wording } from '../shared/language';
import { fieldValue } from './documentTables';
import { dataTable, escapeHtml } from './html';

/**
 * The summary of the handover document: portfolio, AI systems with their tier, obligations and dates,
 * open risks with the heat map, incidents, policies, training coverage and decisions. The governance
 * figures come from the board report's own code (`governanceReportFromData`), read from the same
 * handed-over records as the rest of the document.
 */

function registerValue(id: RegisterId, record: StoredRecord, key: string, words: Wording): string {
  const field = REGISTERS[id].fields.find((f) => f.key === key);
  return field ? fieldValue(field, record[key], words) : String(record[key] ?? '');
}

function portfolio(records: TableRecords, { t }: Wording): string {
  const useCases = records.useCases ?? [];
  const counts = STAGES.map(
    (stage) => [stage, useCases.filter((u) => u.stage === stage).length] as [Stage, number],
  ).filter(([, n]) => n > 0);
  const pilots = useCases.filter((u) => ACTIVE_PILOT_STAGES.includes(u.stage as Stage));
  if (useCases.length === 0) return `<h3>${t('Portfolio')}</h3><p>${t('No use cases yet.')}</p>`;
  const lead = `<p>${escapeHtml(t('{{count}} use cases in the portfolio.', { count: useCases.length }))} ${escapeHtml(t('{{count}} pilots running.', { count: pilots.length }))}</p>`;
  return `<h3>${t('Portfolio')}</h3>${lead}${dataTable(
    t('Use cases by stage'),
    [t('Stage'), t('Use cases')],
    counts.map(([stage, n]) => [t(STAGE_LABELS[stage]), String(n)]),
    { className: 'narrow' },
  )}`;
}

function systems(summary: GovernanceReportData, { lang, t }: Wording): string {
  const heading = `<h3>${t('AI systems and their EU AI Act tier')}</h3>`;
  if (summary.systems.length === 0) return `${heading}<p>${t('No AI systems in use.')}</p>`;
  const tier = (value: string) => t(RISK_TIER_LABELS[value as RiskTier] ?? value);
  const overridden = summary.systems.some((s) => s.tierOverride);
  const rows = summary.systems.map((s) => [
    s.name,
    tier(s.tier),
    s.status,
    s.accountable,
    ...(overridden
      ? [
          s.tierOverride
            ? t('Set by {{who}} instead of “{{tier}}”: {{justification}}', {
                who: s.tierOverride.decidedBy || t('the organisation'),
                tier: tier(s.tierOverride.of),
                justification: s.tierOverride.justification,
              })
            : '',
        ]
      : []),
  ]);
  const obligations = summary.obligations.map((o) => [
    t(o.title),
    o.article,
    dayIn(lang, o.appliesFrom),
    t(o.inForce ? 'Yes' : 'No'),
    String(o.systems),
  ]);
  const systemHeaders = [t('AI system'), t('EU AI Act tier'), t('Status'), t('Accountable')];
  return `${heading}${dataTable(t('AI systems in use'), [...systemHeaders, ...(overridden ? [t('Tier set by hand')] : [])], rows)}
${obligations.length ? dataTable(t('EU AI Act obligations of the classified systems'), [t('Obligation'), t('Article'), t('Applies from'), t('In force now'), t('Systems')], obligations) : `<p>${t('No classified system has obligations yet.')}</p>`}`;
}

function heatMap(risks: Risk[], { t }: Wording): string {
  const map = riskHeatMap(risks, 'current');
  const head = `<tr><th scope="col"><span class="visually-hidden">${t('Severity')}</span></th>${[1, 2, 3, 4, 5].map((level) => `<th scope="col">${t('Likelihood {{level}}', { level })}</th>`).join('')}</tr>`;
  const body = map.rows
    .map(
      (row) =>
        `<tr><th scope="row">${t('Severity {{level}}', { level: row[0].severity })}</th>${row.map((cell) => `<td class="heat-${cell.level}"><span class="visually-hidden">${t(RISK_LEVEL_LABELS[cell.level])}: </span>${cell.risks.length || ''}</td>`).join('')}</tr>`,
    )
    .join('');
  const unscored = map.unscored.length
    ? `<p>${escapeHtml(t('{{count}} open risks not yet scored.', { count: map.unscored.length }))}</p>`
    : '';
  return `<table class="heat"><caption>${t('Open risks by likelihood and severity (current level)')}</caption><thead>${head}</thead><tbody>${body}</tbody></table>${unscored}`;
}

function risks(records: TableRecords, summary: GovernanceReportData, words: Wording): string {
  const { t } = words;
  const byLevel = [...summary.risks].sort(
    (a, b) => b.residualLikelihood * b.residualSeverity - a.residualLikelihood * a.residualSeverity,
  );
  const open = byLevel.map((r) => [
    r.title,
    t(RISK_LEVEL_LABELS[riskLevel(r.residualLikelihood, r.residualSeverity)]),
    r.owner,
    r.treatment,
    t(RISK_STATUS_LABELS[r.status as keyof typeof RISK_STATUS_LABELS] ?? r.status),
  ]);
  if (open.length === 0) return `<h3>${t('Open risks')}</h3><p>${t('No open scored risks.')}</p>`;
  return `<h3>${t('Open risks')}</h3><div class="heat-wrap">${heatMap((records.risks ?? []) as unknown as Risk[], words)}</div>${dataTable(t('Open risks, highest current level first'), [t('Risk'), t('Current level'), t('Owner'), t('Treatment'), t('Status')], open)}`;
}

function incidents(records: TableRecords, summary: GovernanceReportData, words: Wording): string {
  const { t } = words;
  const all = records.incidents ?? [];
  if (all.length === 0) return `<h3>${t('Incidents')}</h3><p>${t('No incidents recorded.')}</p>`;
  const value = (i: StoredRecord, key: string) => registerValue('incidents', i, key, words);
  const rows = all.map((i) => [
    String(i.title ?? ''),
    value(i, 'occurredAt') || value(i, 'detectedAt'),
    value(i, 'severity'),
    value(i, 'status'),
  ]);
  const clocks = summary.openDeadlines.map((d) => [
    d.title,
    dayIn(words.lang, d.deadline),
    t(d.overdue ? 'Overdue' : 'Running'),
  ]);
  return `<h3>${t('Incidents')}</h3>${dataTable(t('Incidents'), [t('Incident'), t('Occurred'), t('Severity'), t('Status')], rows, { captionHidden: true })}${clocks.length ? dataTable(t('Reporting deadlines still open'), [t('Deadline'), t('Due'), t('State')], clocks) : ''}`;
}

function policies(records: TableRecords, words: Wording): string {
  const { t } = words;
  const all = records.policies ?? [];
  if (all.length === 0) return `<h3>${t('Policies')}</h3><p>${t('No policies recorded.')}</p>`;
  const rows = all.map((p) => [
    String(p.title ?? ''),
    registerValue('policies', p, 'status', words),
    registerValue('policies', p, 'version', words),
    registerValue('policies', p, 'reviewDate', words),
  ]);
  return `<h3>${t('Policies')}</h3>${dataTable(t('Policies'), [t('Policy'), t('Status'), t('Version'), t('Next review')], rows, { captionHidden: true })}`;
}

function training(records: TableRecords, summary: GovernanceReportData, { t }: Wording): string {
  const count = (records.trainingRecords ?? []).length;
  const coverage =
    summary.literacyCoverage === null
      ? t('No users of AI systems are named yet, so coverage cannot be measured.')
      : t(
          '{{percent}}% of the named users of AI systems have current AI-literacy training (EU AI Act Art. 4).',
          { percent: Math.round(summary.literacyCoverage * 100) },
        );
  return `<h3>${t('AI-literacy training')}</h3><p>${escapeHtml(coverage)} ${escapeHtml(t('{{count}} training records.', { count }))}</p>`;
}

function decisions(records: TableRecords, words: Wording): string {
  const { t } = words;
  const all = [...(records.governanceDecisions ?? [])].sort((a, b) =>
    String(b.date ?? '').localeCompare(String(a.date ?? '')),
  );
  if (all.length === 0) return `<h3>${t('Decisions')}</h3><p>${t('No governance decisions recorded.')}</p>`;
  const rows = all.map((d) => [
    registerValue('governanceDecisions', d, 'date', words),
    String(d.decision ?? ''),
    String(d.decidedBy ?? ''),
  ]);
  return `<h3>${t('Decisions')}</h3>${dataTable(t('Governance decisions, latest first'), [t('Date'), t('Decision'), t('Decided by')], rows)}`;
}

export function summarySection(records: TableRecords, summary: GovernanceReportData, words: Wording): string {
  const blocks = [
    portfolio(records, words),
    systems(summary, words),
    risks(records, summary, words),
    incidents(records, summary, words),
    policies(records, words),
    training(records, summary, words),
    decisions(records, words),
  ];
  return blocks.join('\n');
}
