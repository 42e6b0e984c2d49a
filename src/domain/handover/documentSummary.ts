import type { StoredRecord, TableRecords } from '../backup/format';
import {
  REGISTERS,
  RISK_LEVEL_LABELS,
  RISK_STATUS_LABELS,
  formatFieldValue,
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
import { formatDay } from '../shared/dates';
import { dataTable, escapeHtml, plural } from './html';

/**
 * The summary of the handover document: portfolio, AI systems with their tier, obligations and dates,
 * open risks with the heat map, incidents, policies, training coverage and decisions. The governance
 * figures come from the board report's own code (`governanceReportFromData`), read from the same
 * handed-over records as the rest of the document.
 */

function registerValue(id: RegisterId, record: StoredRecord, key: string): string {
  const field = REGISTERS[id].fields.find((f) => f.key === key);
  return field ? formatFieldValue(field, record[key], { dates: 'readable' }) : String(record[key] ?? '');
}

function portfolio(records: TableRecords): string {
  const useCases = records.useCases ?? [];
  const counts = STAGES.map(
    (stage) => [stage, useCases.filter((u) => u.stage === stage).length] as [Stage, number],
  ).filter(([, n]) => n > 0);
  const pilots = useCases.filter((u) => ACTIVE_PILOT_STAGES.includes(u.stage as Stage));
  const lead = `<p>${plural(useCases.length, 'use case')} in the portfolio, ${plural(pilots.length, 'pilot')} running.</p>`;
  if (useCases.length === 0) return `<h3>Portfolio</h3><p>No use cases yet.</p>`;
  return `<h3>Portfolio</h3>${lead}${dataTable(
    'Use cases by stage',
    ['Stage', 'Use cases'],
    counts.map(([stage, n]) => [STAGE_LABELS[stage], String(n)]),
    { className: 'narrow' },
  )}`;
}

function systems(summary: GovernanceReportData): string {
  if (summary.systems.length === 0)
    return '<h3>AI systems and their EU AI Act tier</h3><p>No AI systems in use.</p>';
  const overridden = summary.systems.some((s) => s.tierOverride);
  const rows = summary.systems.map((s) => [
    s.name,
    RISK_TIER_LABELS[s.tier as RiskTier] ?? s.tier,
    s.status,
    s.accountable,
    ...(overridden
      ? [
          s.tierOverride
            ? `Set by ${s.tierOverride.decidedBy || 'the organisation'} instead of “${RISK_TIER_LABELS[s.tierOverride.of]}”: ${s.tierOverride.justification}`
            : '',
        ]
      : []),
  ]);
  const obligations = summary.obligations.map((o) => [
    o.title,
    o.article,
    formatDay(o.appliesFrom),
    o.inForce ? 'Yes' : 'No',
    String(o.systems),
  ]);
  return `<h3>AI systems and their EU AI Act tier</h3>${dataTable('AI systems in use', ['AI system', 'EU AI Act tier', 'Status', 'Accountable', ...(overridden ? ['Tier set by hand'] : [])], rows)}
${obligations.length ? dataTable('EU AI Act obligations of the classified systems', ['Obligation', 'Article', 'Applies from', 'In force now', 'Systems'], obligations) : '<p>No classified system has obligations yet.</p>'}`;
}

function heatMap(risks: Risk[]): string {
  const map = riskHeatMap(risks, 'current');
  const head = `<tr><th scope="col"><span class="visually-hidden">Severity</span></th>${[1, 2, 3, 4, 5].map((l) => `<th scope="col">Likelihood ${l}</th>`).join('')}</tr>`;
  const body = map.rows
    .map(
      (row) =>
        `<tr><th scope="row">Severity ${row[0].severity}</th>${row.map((cell) => `<td class="heat-${cell.level}"><span class="visually-hidden">${RISK_LEVEL_LABELS[cell.level]}: </span>${cell.risks.length || ''}</td>`).join('')}</tr>`,
    )
    .join('');
  const unscored = map.unscored.length
    ? `<p>${plural(map.unscored.length, 'open risk')} not yet scored.</p>`
    : '';
  return `<table class="heat"><caption>Open risks by likelihood and severity (current level)</caption><thead>${head}</thead><tbody>${body}</tbody></table>${unscored}`;
}

function risks(records: TableRecords, summary: GovernanceReportData): string {
  const byLevel = [...summary.risks].sort(
    (a, b) => b.residualLikelihood * b.residualSeverity - a.residualLikelihood * a.residualSeverity,
  );
  const open = byLevel.map((r) => [
    r.title,
    RISK_LEVEL_LABELS[riskLevel(r.residualLikelihood, r.residualSeverity)],
    r.owner,
    r.treatment,
    RISK_STATUS_LABELS[r.status as keyof typeof RISK_STATUS_LABELS] ?? r.status,
  ]);
  if (open.length === 0) return '<h3>Open risks</h3><p>No open scored risks.</p>';
  return `<h3>Open risks</h3><div class="heat-wrap">${heatMap((records.risks ?? []) as unknown as Risk[])}</div>${dataTable('Open risks, highest current level first', ['Risk', 'Current level', 'Owner', 'Treatment', 'Status'], open)}`;
}

function incidents(records: TableRecords, summary: GovernanceReportData): string {
  const all = records.incidents ?? [];
  if (all.length === 0) return '<h3>Incidents</h3><p>No incidents recorded.</p>';
  const rows = all.map((i) => [
    String(i.title ?? ''),
    registerValue('incidents', i, 'occurredAt') || registerValue('incidents', i, 'detectedAt'),
    registerValue('incidents', i, 'severity'),
    registerValue('incidents', i, 'status'),
  ]);
  const clocks = summary.openDeadlines.map((d) => [
    d.title,
    formatDay(d.deadline),
    d.overdue ? 'Overdue' : 'Running',
  ]);
  return `<h3>Incidents</h3>${dataTable('Incidents', ['Incident', 'Occurred', 'Severity', 'Status'], rows, { captionHidden: true })}${clocks.length ? dataTable('Reporting deadlines still open', ['Deadline', 'Due', 'State'], clocks) : ''}`;
}

function policies(records: TableRecords): string {
  const all = records.policies ?? [];
  if (all.length === 0) return '<h3>Policies</h3><p>No policies recorded.</p>';
  const rows = all.map((p) => [
    String(p.title ?? ''),
    registerValue('policies', p, 'status'),
    registerValue('policies', p, 'version'),
    registerValue('policies', p, 'reviewDate'),
  ]);
  return `<h3>Policies</h3>${dataTable('Policies', ['Policy', 'Status', 'Version', 'Next review'], rows, { captionHidden: true })}`;
}

function training(records: TableRecords, summary: GovernanceReportData): string {
  const count = (records.trainingRecords ?? []).length;
  const coverage =
    summary.literacyCoverage === null
      ? 'No users of AI systems are named yet, so coverage cannot be measured.'
      : `${Math.round(summary.literacyCoverage * 100)}% of the named users of AI systems have current AI-literacy training (EU AI Act Art. 4).`;
  return `<h3>AI-literacy training</h3><p>${escapeHtml(coverage)} ${plural(count, 'training record')}.</p>`;
}

function decisions(records: TableRecords): string {
  const all = [...(records.governanceDecisions ?? [])].sort((a, b) =>
    String(b.date ?? '').localeCompare(String(a.date ?? '')),
  );
  if (all.length === 0) return '<h3>Decisions</h3><p>No governance decisions recorded.</p>';
  const rows = all.map((d) => [
    registerValue('governanceDecisions', d, 'date'),
    String(d.decision ?? ''),
    String(d.decidedBy ?? ''),
  ]);
  return `<h3>Decisions</h3>${dataTable('Governance decisions, latest first', ['Date', 'Decision', 'Decided by'], rows)}`;
}

export function summarySection(records: TableRecords, summary: GovernanceReportData): string {
  const blocks = [
    portfolio(records),
    systems(summary),
    risks(records, summary),
    incidents(records, summary),
    policies(records),
    training(records, summary),
    decisions(records),
  ];
  return blocks.join('\n');
}
