import type { AiActRulePack } from './aiActTypes';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';
import { aiActScope, type AiActScope } from './incidentAiActScope';
import { clockDeadline, clockKindFor, parseAwareness } from './incidentClocks';
import type { IncidentRegimeFields } from './incidentMigration';
import type { RegimeStep, RegimeView } from './incidentRegimeTypes';
import { localDateOf } from './localDates';
import type { AiSystem } from './registers/recordTypes';
import { formatDay, formatDayTime } from '../shared/dates';
import { tell } from '../shared/language';

/**
 * EU AI Act Art. 73: the provider of a high-risk system reports a serious incident to the
 * market-surveillance authority within 15 days of becoming aware (10 after a death, 2 for a
 * widespread infringement or a serious critical-infrastructure disruption); an initial incomplete
 * report may be completed later (Art. 73(5)). A deployer informs the provider first, immediately
 * (Art. 26(5)); the Art. 73 deadlines bind it when the provider cannot be reached.
 */

export type AiActFields = {
  detectedAt?: string | null;
  aiSystemIds: readonly string[];
} & IncidentRegimeFields;
type SystemFacts = Pick<AiSystem, 'id' | 'name' | 'classification'>;

const adviceOutside = () =>
  tell(
    'No Art. 73 report is due. Still advisable: tell the provider so it can correct the system, keep this record, and check other reporting duties (GDPR, product safety, sector rules).',
  );

export function aiActRegime(
  incident: AiActFields,
  systems: readonly SystemFacts[],
  now: Date,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): RegimeView {
  const rule = pack.incidentClocks.find((clock) => clock.kind === 'aiActOther')!;
  const base = {
    regime: 'aiAct' as const,
    title: tell('EU AI Act: serious incident'),
    article: 'Art. 73; Art. 26(5)',
    url: rule.url,
    binds: tell(rule.binds),
    scope: tell(rule.scope),
  };
  const none = { clock: null, reportedAt: null, reportedOnTime: null, decision: null, steps: [] };
  if (!incident.detectedAt)
    return {
      ...base,
      ...none,
      state: 'toAssess',
      why: tell('Enter when you became aware: any Art. 73 deadline counts from then.'),
      advice: null,
    };

  const scope: AiActScope = aiActScope(incident.aiSystemIds, localDateOf(incident.detectedAt), systems, pack);
  const serious = incident.aiActSerious !== 'no' && incident.aiActSerious !== 'notAssessed';
  if (scope.kind === 'notApplicable') {
    return {
      ...base,
      ...none,
      state: 'notApplicable',
      why: scope.why,
      advice: serious
        ? `${tell('You assessed it as a serious incident.')} ${adviceOutside()}`
        : adviceOutside(),
    };
  }
  if (scope.kind === 'unknown') return { ...base, ...none, state: 'toAssess', why: scope.why, advice: null };

  const deployer = scope.role === 'deployer';
  const facts = { system: scope.systemName, date: formatDay(scope.appliesFrom) };
  const who = deployer
    ? tell('You deploy {{system}}, a high-risk system under the regime since {{date}}.', facts)
    : tell('You provide {{system}}, a high-risk system under the regime since {{date}}.', facts);
  if (incident.aiActSerious === 'notAssessed') {
    return {
      ...base,
      ...none,
      state: 'toAssess',
      why: `${who} ${tell('Assess whether this is a serious incident (Art. 3(49)): if it is, the report is due within 2, 10 or 15 days of becoming aware.')}`,
      advice: null,
    };
  }
  if (incident.aiActSerious === 'no') {
    const decision = {
      reasoning: incident.aiActAssessment.trim(),
      decidedBy: incident.aiActAssessedBy.trim(),
    };
    if (!decision.reasoning || !decision.decidedBy) {
      return {
        ...base,
        ...none,
        state: 'toAssess',
        why: `${who} ${tell('Record why it is not a serious incident and who decided, to close the assessment.')}`,
        advice: null,
      };
    }
    return {
      ...base,
      ...none,
      state: 'notNotifiable',
      why: `${who} ${tell('Assessed: not a serious incident under Art. 3(49), so no Art. 73 report.')}`,
      advice: tell('Review the assessment if the harm turns out worse.'),
      decision,
    };
  }

  const clock = clockDeadline(
    clockKindFor(incident.aiActSerious),
    parseAwareness(incident.detectedAt),
    now,
    pack,
  );
  const steps = aiActSteps(incident, deployer);
  const reportedAt = deployer ? incident.providerInformedAt : incident.aiActReportedAt;
  const article = pack.incidentClocks.find((c) => c.kind === clock.kind)?.article ?? rule.article;
  if (!reportedAt) {
    const why = deployer
      ? `${who} ${tell('Inform the provider immediately (Art. 26(5)), then the authority; the {{article}} deadline binds you if the provider cannot be reached.', { article })}`
      : `${who} ${tell('Report to the market-surveillance authority by the deadline ({{article}}); an initial, incomplete report is allowed (Art. 73(5)).', { article })}`;
    return {
      ...base,
      state: 'clockRunning',
      why,
      advice: null,
      clock,
      reportedAt: null,
      reportedOnTime: null,
      decision: null,
      steps,
    };
  }
  const onTime = Date.parse(reportedAt) <= Date.parse(clock.deadline);
  const pendingComplete = !deployer && incident.aiActReportStage === 'initial' && !incident.aiActCompletedAt;
  return {
    ...base,
    state: 'reported',
    why: deployer
      ? `${who} ${tell('Provider informed {{date}} (Art. 26(5)).', { date: formatDayTime(reportedAt) })}`
      : `${who} ${tell('Reported to the authority {{date}} ({{article}}).', { date: formatDayTime(reportedAt), article })}`,
    advice: pendingComplete
      ? tell('Initial report made: send the complete report (Art. 73(5)).')
      : deployer && !incident.aiActReportedAt
        ? tell('Then inform the importer or distributor and the market-surveillance authority (Art. 26(5)).')
        : null,
    clock: { ...clock, overdue: false },
    reportedAt,
    reportedOnTime: onTime,
    decision: null,
    steps,
  };
}

function aiActSteps(incident: AiActFields, deployer: boolean): RegimeStep[] {
  const steps: RegimeStep[] = [];
  if (deployer)
    steps.push({ label: tell('Provider informed (Art. 26(5))'), at: incident.providerInformedAt });
  const initial = incident.aiActReportStage === 'initial';
  steps.push({
    label: initial
      ? tell('Initial report to the authority (Art. 73(5))')
      : tell('Report to the market-surveillance authority'),
    at: incident.aiActReportedAt,
  });
  if (initial) steps.push({ label: tell('Complete report to the authority'), at: incident.aiActCompletedAt });
  return steps;
}
