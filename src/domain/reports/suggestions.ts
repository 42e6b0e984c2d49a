import { format, parseISO } from 'date-fns';
import { STAGE_LABELS } from '../portfolio';
import type { ReportDeltas } from './deltas';
import { criticalRisks } from './figures';
import type { OverallStatus, ReportModel, ReportTexts } from './types';

/**
 * Generated starting points for the texts the consultant edits: headline messages, overall status,
 * decisions requested, next steps and what is deliberately not done now. Plain rules, stated here.
 */
export interface StatusSuggestion {
  status: OverallStatus;
  /** Why, in the board's words; empty for green. */
  reasons: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The overall status the registers point to, with its reasons. Red: a prohibited practice still in
 * use, a legal reporting clock overdue, or a risk whose current level is 20 or more. Amber: a pilot off
 * track, a serious incident open, a DPIA likely required and not done, pilots over the limit or
 * running before classification, a pilot whose KPIs and gate decision disagree. Else green.
 */
/** The use cases and AI systems found prohibited (Art. 5) and not yet stopped, retired or banned: names, once each. */
export function prohibitedNotStopped(model: ReportModel): string[] {
  const useCases = model.portfolio.useCases
    .filter((u) => u.riskTier === 'prohibited' && u.stage !== 'stopped' && u.stage !== 'retired')
    .map((u) => u.title);
  const systems = model.governance.systems
    .filter((s) => s.tier === 'prohibited' && s.status !== 'Banned')
    .map((s) => s.name);
  return [...new Set([...useCases, ...systems])];
}

export function suggestOverallStatus(model: ReportModel): StatusSuggestion {
  const g = model.governance;
  const red: string[] = [];
  const prohibited = prohibitedNotStopped(model);
  if (prohibited.length)
    red.push(`A prohibited AI practice (EU AI Act Art. 5) is not stopped: ${prohibited.join(', ')}`);
  const overdue = g.openDeadlines.filter((d) => d.overdue);
  if (overdue.length)
    red.push(
      `${plural(overdue.length, 'legal reporting deadline')} overdue: ${overdue.map((d) => d.title).join('; ')}`,
    );
  const critical = criticalRisks(g.risks);
  if (critical.length)
    red.push(
      `${plural(critical.length, 'risk')} at a critical current level (15 or more): ${critical.map((r) => r.title).join(', ')}`,
    );
  if (red.length) return { status: 'red', reasons: red };
  const amber: string[] = [];
  const offTrack = model.pilots.filter((p) => p.status === 'off-track');
  if (offTrack.length)
    amber.push(`${plural(offTrack.length, 'pilot')} off track: ${offTrack.map((p) => p.title).join(', ')}`);
  const serious = g.incidents.filter((i) => i.severity !== 'minor' && i.status !== 'closed');
  if (serious.length) amber.push(`${plural(serious.length, 'serious incident')} still open`);
  if (g.dpia.likelyRequired > g.dpia.done)
    amber.push(`${plural(g.dpia.likelyRequired - g.dpia.done, 'DPIA')} likely required and not done`);
  if (model.portfolio.activePilots > model.portfolio.pilotLimit)
    amber.push(
      `${model.portfolio.activePilots} pilots running against a limit of ${model.portfolio.pilotLimit}`,
    );
  const early = model.portfolio.unclassifiedPilots ?? [];
  if (early.length)
    amber.push(`${plural(early.length, 'pilot')} running before the EU AI Act classification`);
  const disagree = model.pilots.filter((p) => p.explanation);
  if (disagree.length)
    amber.push(
      `${plural(disagree.length, 'pilot')} whose KPIs and gate decision disagree: ${disagree.map((p) => p.title).join(', ')}`,
    );
  if (amber.length) return { status: 'amber', reasons: amber };
  return { status: 'green', reasons: [] };
}

export function suggestTexts(model: ReportModel, deltas: ReportDeltas): ReportTexts {
  const headlines: string[] = [];
  const p = model.portfolio;
  // What the board must know first: a prohibited practice, then overdue legal deadlines.
  const prohibited = prohibitedNotStopped(model);
  if (prohibited.length)
    headlines.push(
      `${prohibited.join(', ')}: a prohibited AI practice under the EU AI Act (Art. 5); it must stop and cannot be piloted.`,
    );
  const overdue = model.governance.openDeadlines.filter((d) => d.overdue);
  if (overdue.length)
    headlines.push(
      `${plural(overdue.length, 'legal reporting deadline')} overdue: ${overdue.map((d) => d.title).join('; ')}.`,
    );
  const onTrack = model.pilots.filter((x) => x.status === 'on-track').length;
  const offTrackPilots = model.pilots.filter((x) => x.status === 'off-track').length;
  if (model.pilots.length > 0)
    headlines.push(
      `${model.pilots.length} pilot${model.pilots.length === 1 ? '' : 's'} reviewed this period: ${onTrack} on track against their KPIs${offTrackPilots ? `, ${offTrackPilots} off track` : ''}.`,
    );
  else if (p.total === 0)
    headlines.push(
      'No AI use cases are recorded yet; the next step is a quick scan and an ideation workshop.',
    );
  else
    headlines.push(
      `${p.total} AI use case${p.total === 1 ? '' : 's'} in the portfolio; no pilot running this period.`,
    );
  if (p.valueRealisedHoursPerMonth)
    headlines.push(
      `AI already saves about ${Math.round(p.valueRealisedHoursPerMonth)} hours a month, measured against baselines.`,
    );
  const scale = model.pilots.find((x) => x.gateDecision?.decision === 'scale');
  if (scale) headlines.push(`${scale.title} is recommended for scale-up.`);
  const g = model.governance;
  if (g.incidents.length > 0)
    headlines.push(
      `${g.incidents.length} incident${g.incidents.length === 1 ? '' : 's'} recorded and handled; lessons are built into the controls.`,
    );
  if (g.systems.some((s) => s.tier === 'high'))
    headlines.push(
      'One or more systems are high-risk under the EU AI Act; deployer duties apply from 2 Dec 2027 and are being prepared now.',
    );
  if (deltas.added.length > 0)
    headlines.push(
      `${deltas.added.length} new use case${deltas.added.length === 1 ? '' : 's'} added since ${deltas.previousPeriod}.`,
    );

  const decisionsRequested: string[] = [];
  for (const name of prohibited)
    decisionsRequested.push(`Confirm that ${name} is stopped (prohibited under EU AI Act Art. 5).`);
  for (const early of p.unclassifiedPilots ?? [])
    decisionsRequested.push(
      `Accept that ${early.title} runs before its EU AI Act classification (“${early.reason}”), or pause it.`,
    );
  if (scale) decisionsRequested.push(`Approve scaling ${scale.title} to structural use.`);
  for (const policy of g.policiesDue.slice(0, 2))
    decisionsRequested.push(`Approve the reviewed ${policy.title}.`);
  if (p.activePilots > p.pilotLimit)
    decisionsRequested.push(
      `Confirm the exception to the pilot limit (${p.activePilots} running, limit ${p.pilotLimit}).`,
    );
  if (decisionsRequested.length === 0)
    decisionsRequested.push('No decisions needed this period; note the progress.');

  const day = (d: string) => format(parseISO(d), 'd MMM yyyy');
  const nextSteps = model.roadmap.upcoming
    .slice(0, 4)
    .map(
      (item) =>
        item.title +
        (item.due ? ` (${item.due < model.generatedOn ? 'overdue since' : 'by'} ${day(item.due)})` : ''),
    );
  const notDoing = model.roadmap.notNow
    .slice(0, 4)
    .map((item) => `${item.title}: ${item.detail || STAGE_LABELS.parked}`);
  // The overall status is never pre-filled: the consultant chooses it, with the suggestion in view.
  return { headlines: headlines.slice(0, 3), overallStatus: null, decisionsRequested, nextSteps, notDoing };
}
