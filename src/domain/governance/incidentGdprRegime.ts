import type { AiActRulePack } from './aiActTypes';
import { EU_AI_ACT_RULE_PACK } from './euAiActRulePack';
import { clockDeadline, parseAwareness } from './incidentClocks';
import type { IncidentRegimeFields } from './incidentMigration';
import type { Art34View, RegimeStep, RegimeView } from './incidentRegimeTypes';
import { ART34_EXCEPTION_LABELS } from './registers/incidentConstants';
import { tell } from '../shared/language';

/**
 * GDPR Art. 33 (notify the data-protection authority within 72 hours of becoming aware, unless the
 * breach is unlikely to result in a risk to people: then documented under Art. 33(5), not notified)
 * and Art. 34 (tell the people concerned without undue delay when the risk to them is high, unless
 * an Art. 34(3) exception holds).
 */

export type GdprFields = { detectedAt?: string | null } & IncidentRegimeFields;

const filled = (value: string) => value.trim() !== '';

export function gdprRegime(
  incident: GdprFields,
  now: Date,
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): RegimeView {
  const rule = pack.incidentClocks.find((clock) => clock.kind === 'gdprBreach')!;
  const base = {
    regime: 'gdpr' as const,
    title: tell('GDPR: personal-data breach'),
    article: 'GDPR Art. 33, 34',
    url: rule.url,
    binds: tell(rule.binds),
    scope: tell(rule.scope),
  };
  const none = { clock: null, reportedAt: null, reportedOnTime: null, decision: null, steps: [] };
  if (!incident.personalDataBreach) {
    return {
      ...base,
      ...none,
      state: 'notApplicable',
      why: tell('Not marked as a personal-data breach: GDPR Art. 33 and 34 do not apply.'),
      advice: tell(
        'If personal data was lost, disclosed, altered or accessed without authorisation, mark it: the 72 hours count from when you became aware.',
      ),
    };
  }
  if (!incident.detectedAt)
    return {
      ...base,
      ...none,
      state: 'toAssess',
      why: tell('Enter when you became aware: the 72 hours start then.'),
      advice: null,
    };

  const clock = clockDeadline('gdprBreach', parseAwareness(incident.detectedAt), now, pack);
  const communication = art34(incident);
  const steps = reportSteps(incident);
  if (incident.gdprReportedAt) {
    const onTime = Date.parse(incident.gdprReportedAt) <= Date.parse(clock.deadline);
    return {
      ...base,
      state: 'reported',
      why: tell('Notified to the data-protection authority ({{article}}).', { article: rule.article }),
      advice: onTime
        ? stagedAdvice(incident)
        : tell('Notified after 72 hours: the notification must give the reasons for the delay (Art. 33(1)).'),
      clock: { ...clock, overdue: false },
      reportedAt: incident.gdprReportedAt,
      reportedOnTime: onTime,
      decision: null,
      steps,
      communication,
    };
  }
  const decision = { reasoning: incident.gdprAssessment.trim(), decidedBy: incident.gdprAssessedBy.trim() };
  if (incident.gdprRisk === 'unlikely' && filled(decision.reasoning) && filled(decision.decidedBy)) {
    return {
      ...base,
      state: 'notNotifiable',
      why: tell(
        'Assessed as unlikely to result in a risk to people: documented under Art. 33(5), not notified. The clock is stopped.',
      ),
      advice: tell(
        'Review the assessment if new facts come up: the 72 hours still count from when you became aware.',
      ),
      clock: null,
      reportedAt: null,
      reportedOnTime: null,
      decision,
      steps,
      communication,
    };
  }
  const running = {
    ...base,
    clock,
    reportedAt: null,
    reportedOnTime: null,
    decision: null,
    steps,
    communication,
  };
  if (incident.gdprRisk === 'notAssessed') {
    return {
      ...running,
      state: 'toAssess',
      why: tell('Assess the risk to people: the 72 hours to the data-protection authority run meanwhile.'),
      advice: null,
    };
  }
  if (incident.gdprRisk === 'unlikely') {
    return {
      ...running,
      state: 'toAssess',
      why: tell(
        'Assessed as unlikely to result in a risk: record the reasoning and who decided (Art. 33(5)). Until then the clock runs.',
      ),
      advice: null,
    };
  }
  return {
    ...running,
    state: 'clockRunning',
    why:
      incident.gdprRisk === 'highRisk'
        ? tell(
            'A high risk to people: notify the data-protection authority within 72 hours of becoming aware (Art. 33(1)).',
          )
        : tell(
            'A risk to people: notify the data-protection authority within 72 hours of becoming aware (Art. 33(1)).',
          ),
    advice: null,
  };
}

function reportSteps(incident: GdprFields): RegimeStep[] {
  if (!incident.gdprReportedAt || incident.gdprReportStage !== 'initial') return [];
  return [
    { label: tell('Initial notification (information in phases, Art. 33(4))'), at: incident.gdprReportedAt },
    {
      label: tell('Notification completed'),
      at: incident.gdprCompletedAt,
      detail: incident.gdprCompletedAt ? undefined : tell('Give the rest without undue further delay.'),
    },
  ];
}

function stagedAdvice(incident: GdprFields): string | null {
  if (incident.gdprReportStage === 'initial' && !incident.gdprCompletedAt)
    return tell(
      'Information given in phases: complete the notification without undue further delay (Art. 33(4)).',
    );
  return null;
}

/** Art. 34: needed when the risk is high, unless an Art. 34(3) exception holds; (c) means a public communication instead. */
export function art34(incident: GdprFields): Art34View {
  const doneAt = incident.dataSubjectsInformedAt;
  const reasoning = incident.art34Reasoning.trim();
  const because = reasoning ? ` ${tell('Why: {{reasoning}}', { reasoning })}` : '';
  if (incident.gdprRisk === 'notAssessed') {
    return {
      state: doneAt ? 'done' : 'toDecide',
      label: doneAt ? tell('People told') : tell('To decide'),
      why: tell('Decided once the risk to people is assessed: needed when it is high (Art. 34(1)).'),
      doneAt,
    };
  }
  if (incident.gdprRisk !== 'highRisk') {
    return {
      state: doneAt ? 'done' : 'notApplicable',
      label: doneAt ? tell('People told (not required)') : tell('Not needed'),
      why: `${tell('The risk to people is not assessed as high: Art. 34(1) does not require telling them.')}${because}`,
      doneAt,
    };
  }
  const exception = incident.art34Exception;
  if (exception === 'encrypted' || exception === 'measuresTaken') {
    return {
      state: 'notNeeded',
      label: tell('Not needed (exception)'),
      why: `${tell(ART34_EXCEPTION_LABELS[exception])}.${because}`,
      doneAt,
    };
  }
  const what =
    exception === 'disproportionate'
      ? tell(
          'A public communication (or similar measure) informs the people concerned instead of individual messages (Art. 34(3)(c)).',
        )
      : tell(
          'High risk to people: tell each person concerned without undue delay, in clear and plain language (Art. 34(1)-(2)).',
        );
  return {
    state: doneAt ? 'done' : 'needed',
    label: doneAt ? tell('Done') : tell('Needed'),
    why: `${what}${because}`,
    doneAt,
  };
}
