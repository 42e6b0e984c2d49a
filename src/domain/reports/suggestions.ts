import { STAGE_LABELS } from '../portfolio';
import type { ReportDeltas } from './deltas';
import { criticalRisks } from './figures';
import type { OverallStatus, ReportModel, ReportTexts } from './types';
import { dayIn, ENGLISH, numberIn, type Wording } from '../shared/language';

/**
 * Generated starting points for the texts the consultant edits: headline messages, overall status,
 * decisions requested, next steps and what is deliberately not done now. Plain rules, stated here.
 */
export interface StatusSuggestion {
  status: OverallStatus;
  /** Why, in the board's words; empty for green. */
  reasons: string[];
}

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

export function suggestOverallStatus(model: ReportModel, { t }: Wording = ENGLISH): StatusSuggestion {
  const g = model.governance;
  const red: string[] = [];
  const prohibited = prohibitedNotStopped(model);
  if (prohibited.length)
    red.push(
      t('A prohibited AI practice (EU AI Act Art. 5) is not stopped: {{names}}', {
        names: prohibited.join(', '),
      }),
    );
  const overdue = g.openDeadlines.filter((d) => d.overdue);
  if (overdue.length)
    red.push(
      t('{{count}} legal reporting deadlines overdue: {{list}}', {
        count: overdue.length,
        list: overdue.map((d) => d.title).join('; '),
      }),
    );
  const critical = criticalRisks(g.risks);
  if (critical.length)
    red.push(
      t('{{count}} risks at a critical current level (15 or more): {{list}}', {
        count: critical.length,
        list: critical.map((r) => r.title).join(', '),
      }),
    );
  if (red.length) return { status: 'red', reasons: red };
  const amber: string[] = [];
  const offTrack = model.pilots.filter((p) => p.status === 'off-track');
  if (offTrack.length)
    amber.push(
      t('{{count}} pilots off track: {{list}}', {
        count: offTrack.length,
        list: offTrack.map((p) => p.title).join(', '),
      }),
    );
  const serious = g.incidents.filter((i) => i.severity !== 'minor' && i.status !== 'closed');
  if (serious.length) amber.push(t('{{count}} serious incidents still open', { count: serious.length }));
  if (g.dpia.likelyRequired > g.dpia.done)
    amber.push(
      t('{{count}} DPIAs likely required and not done', { count: g.dpia.likelyRequired - g.dpia.done }),
    );
  if (model.portfolio.activePilots > model.portfolio.pilotLimit)
    amber.push(
      t('{{count}} pilots running against a limit of {{limit}}', {
        count: model.portfolio.activePilots,
        limit: model.portfolio.pilotLimit,
      }),
    );
  const early = model.portfolio.unclassifiedPilots ?? [];
  if (early.length)
    amber.push(t('{{count}} pilots running before the EU AI Act classification', { count: early.length }));
  const disagree = model.pilots.filter((p) => p.explanation);
  if (disagree.length)
    amber.push(
      t('{{count}} pilots whose KPIs and gate decision disagree: {{list}}', {
        count: disagree.length,
        list: disagree.map((p) => p.title).join(', '),
      }),
    );
  if (amber.length) return { status: 'amber', reasons: amber };
  return { status: 'green', reasons: [] };
}

export function suggestTexts(
  model: ReportModel,
  deltas: ReportDeltas,
  { t, lang }: Wording = ENGLISH,
): ReportTexts {
  const headlines: string[] = [];
  const p = model.portfolio;
  // What the board must know first: a prohibited practice, then overdue legal deadlines.
  const prohibited = prohibitedNotStopped(model);
  if (prohibited.length)
    headlines.push(
      t(
        '{{names}}: a prohibited AI practice under the EU AI Act (Art. 5); it must stop and cannot be piloted.',
        {
          names: prohibited.join(', '),
        },
      ),
    );
  const overdue = model.governance.openDeadlines.filter((d) => d.overdue);
  if (overdue.length)
    headlines.push(
      t('{{count}} legal reporting deadlines overdue: {{list}}', {
        count: overdue.length,
        list: overdue.map((d) => d.title).join('; '),
      }) + '.',
    );
  const onTrack = model.pilots.filter((x) => x.status === 'on-track').length;
  const offTrackPilots = model.pilots.filter((x) => x.status === 'off-track').length;
  if (model.pilots.length > 0)
    headlines.push(
      t('{{count}} pilots reviewed this period: {{onTrack}} on track against their KPIs', {
        count: model.pilots.length,
        onTrack,
      }) +
        (offTrackPilots ? t(', {{count}} off track', { count: offTrackPilots }) : '') +
        '.',
    );
  else if (p.total === 0)
    headlines.push(
      t('No AI use cases are recorded yet; the next step is a quick scan and an ideation workshop.'),
    );
  else
    headlines.push(
      t('{{count}} AI use cases in the portfolio; no pilot running this period.', { count: p.total }),
    );
  if (p.valueRealisedHoursPerMonth)
    headlines.push(
      t('AI already saves about {{hours}} hours a month, measured against baselines.', {
        hours: numberIn(lang, Math.round(p.valueRealisedHoursPerMonth)),
      }),
    );
  const scale = model.pilots.find((x) => x.gateDecision?.decision === 'scale');
  if (scale) headlines.push(t('{{useCase}} is recommended for scale-up.', { useCase: scale.title }));
  const g = model.governance;
  if (g.incidents.length > 0)
    headlines.push(
      t('{{count}} incidents recorded and handled; lessons are built into the controls.', {
        count: g.incidents.length,
      }),
    );
  if (g.systems.some((s) => s.tier === 'high'))
    headlines.push(
      t(
        'One or more systems are high-risk under the EU AI Act; deployer duties apply from {{date}} and are being prepared now.',
        { date: dayIn(lang, '2027-12-02') },
      ),
    );
  if (deltas.added.length > 0)
    headlines.push(
      t('{{count}} new use cases added since {{period}}.', {
        count: deltas.added.length,
        period: deltas.previousPeriod ?? '',
      }),
    );

  const decisionsRequested: string[] = [];
  for (const name of prohibited)
    decisionsRequested.push(
      t('Confirm that {{name}} is stopped (prohibited under EU AI Act Art. 5).', { name }),
    );
  for (const early of p.unclassifiedPilots ?? [])
    decisionsRequested.push(
      t('Accept that {{useCase}} runs before its EU AI Act classification (“{{reason}}”), or pause it.', {
        useCase: early.title,
        reason: early.reason,
      }),
    );
  if (scale)
    decisionsRequested.push(t('Approve scaling {{useCase}} to structural use.', { useCase: scale.title }));
  for (const policy of g.policiesDue.slice(0, 2))
    decisionsRequested.push(t('Approve the reviewed {{policy}}.', { policy: policy.title }));
  if (p.activePilots > p.pilotLimit)
    decisionsRequested.push(
      t('Confirm the exception to the pilot limit ({{running}} running, limit {{limit}}).', {
        running: p.activePilots,
        limit: p.pilotLimit,
      }),
    );
  if (decisionsRequested.length === 0)
    decisionsRequested.push(t('No decisions needed this period; note the progress.'));

  const nextSteps = model.roadmap.upcoming
    .slice(0, 4)
    .map(
      (item) =>
        item.title +
        (item.due
          ? ` (${t(item.due < model.generatedOn ? 'overdue since {{date}}' : 'by {{date}}', { date: dayIn(lang, item.due) })})`
          : ''),
    );
  const notDoing = model.roadmap.notNow
    .slice(0, 4)
    .map((item) => `${item.title}: ${item.detail || t(STAGE_LABELS.parked)}`);
  // The overall status is never pre-filled: the consultant chooses it, with the suggestion in view.
  return { headlines: headlines.slice(0, 3), overallStatus: null, decisionsRequested, nextSteps, notDoing };
}
