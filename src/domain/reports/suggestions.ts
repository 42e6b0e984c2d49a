import { format, parseISO } from 'date-fns';
import { STAGE_LABELS } from '../portfolio';
import type { ReportDeltas } from './deltas';
import type { OverallStatus, ReportModel, ReportTexts } from './types';

/**
 * Generated starting points for the texts the consultant edits: headline messages, overall status,
 * decisions requested, next steps and what is deliberately not done now. Plain rules, stated here.
 */
export function suggestOverallStatus(model: ReportModel): OverallStatus {
  const g = model.governance;
  const overdueDeadline = g.openDeadlines.some((d) => d.overdue);
  const offTrack = model.pilots.filter((p) => p.status === 'off-track').length;
  const seriousOpen = g.incidents.some((i) => i.severity !== 'minor' && i.status !== 'closed');
  if (overdueDeadline || g.risks.some((r) => r.residualLikelihood * r.residualSeverity >= 20)) return 'red';
  if (offTrack > 0 || seriousOpen || g.dpia.likelyRequired > g.dpia.done || model.portfolio.activePilots > model.portfolio.pilotLimit) return 'amber';
  return 'green';
}

export function suggestTexts(model: ReportModel, deltas: ReportDeltas): ReportTexts {
  const headlines: string[] = [];
  const p = model.portfolio;
  const onTrack = model.pilots.filter((x) => x.status === 'on-track').length;
  if (model.pilots.length > 0) headlines.push(`${model.pilots.length} pilot${model.pilots.length === 1 ? '' : 's'} reviewed this period; ${onTrack} on track against their KPIs.`);
  else if (p.total === 0) headlines.push('No AI use cases are recorded yet; the next step is a quick scan and an ideation workshop.');
  else headlines.push(`${p.total} AI use case${p.total === 1 ? '' : 's'} in the portfolio; no pilot running this period.`);
  if (p.valueRealisedHoursPerMonth) headlines.push(`AI already saves about ${Math.round(p.valueRealisedHoursPerMonth)} hours a month, measured against baselines.`);
  const scale = model.pilots.find((x) => x.gateDecision?.decision === 'scale');
  if (scale) headlines.push(`${scale.title} is recommended for scale-up.`);
  const g = model.governance;
  if (g.incidents.length > 0) headlines.push(`${g.incidents.length} incident${g.incidents.length === 1 ? '' : 's'} recorded and handled; lessons are built into the controls.`);
  if (g.systems.some((s) => s.tier === 'high')) headlines.push('One or more systems are high-risk under the EU AI Act; deployer duties apply from 2 Dec 2027 and are being prepared now.');
  if (deltas.added.length > 0) headlines.push(`${deltas.added.length} new use case${deltas.added.length === 1 ? '' : 's'} added since ${deltas.previousPeriod}.`);

  const decisionsRequested: string[] = [];
  if (scale) decisionsRequested.push(`Approve scaling ${scale.title} to structural use.`);
  for (const policy of g.policiesDue.slice(0, 2)) decisionsRequested.push(`Approve the reviewed ${policy.title}.`);
  if (p.activePilots > p.pilotLimit) decisionsRequested.push(`Confirm the exception to the pilot limit (${p.activePilots} running, limit ${p.pilotLimit}).`);
  if (decisionsRequested.length === 0) decisionsRequested.push('No decisions needed this period; note the progress.');

  const day = (d: string) => format(parseISO(d), 'd MMM yyyy');
  const nextSteps = model.roadmap.upcoming
    .slice(0, 4)
    .map((item) => item.title + (item.due ? ` (${item.due < model.generatedOn ? 'overdue since' : 'by'} ${day(item.due)})` : ''));
  const notDoing = model.roadmap.notNow.slice(0, 4).map((item) => `${item.title}: ${item.detail || STAGE_LABELS.parked}`);
  return { headlines: headlines.slice(0, 3), overallStatus: suggestOverallStatus(model), decisionsRequested, nextSteps, notDoing };
}
