import { highRiskDate } from './aiActObligationList';
import type { AiActRole, AiActRulePack } from './aiActTypes';
import { viewClassification } from './aiSystemClassification';
import { EU_AI_ACT_RULE_PACK, applicationDate } from './euAiActRulePack';
import type { AiSystem } from './registers/recordTypes';
import { formatDay } from '../shared/dates';
import { tell } from '../shared/language';

/**
 * Whether EU AI Act Art. 73 covers an incident: only a high-risk AI system, and only once the
 * high-risk regime applies to that system (Annex III: 2 Dec 2027, Annex I: 2 Aug 2028 after Reg.
 * (EU) 2026/1744), judged on the day the organisation became aware. Limited- and minimal-risk
 * systems are outside Art. 73; a prohibited system must not run at all.
 */
export type AiActScope =
  | { kind: 'applies'; systemName: string; role: AiActRole | undefined; appliesFrom: string }
  | { kind: 'unknown'; why: string }
  | { kind: 'notApplicable'; why: string };

type SystemFacts = Pick<AiSystem, 'id' | 'name' | 'classification'>;

function systemScope(system: SystemFacts, awareDay: string, pack: AiActRulePack): AiActScope {
  const stored = system.classification;
  if (!stored)
    return {
      kind: 'unknown',
      why: tell(
        '{{system}} is not classified under the EU AI Act yet: classify it to know whether Art. 73 applies.',
        { system: system.name },
      ),
    };
  const view = viewClassification(stored, awareDay, pack);
  if (view.effectiveTier === 'high') {
    const from = highRiskDate(view.result.highRiskRoutes, pack);
    const route = from === applicationDate('highRiskAnnexI', pack) ? 'Annex I' : 'Annex III';
    if (awareDay < from) {
      return {
        kind: 'notApplicable',
        why: tell(
          '{{system}} is high-risk, but the high-risk regime applies to it only from {{from}} ({{route}}, Reg. (EU) 2024/1689 as amended by Reg. (EU) 2026/1744); you became aware on {{aware}}.',
          { system: system.name, from: formatDay(from), route: tell(route), aware: formatDay(awareDay) },
        ),
      };
    }
    return { kind: 'applies', systemName: system.name, role: view.result.role, appliesFrom: from };
  }
  if (view.effectiveTier === 'prohibited') {
    return {
      kind: 'notApplicable',
      why: tell(
        '{{system}} is classified as a prohibited practice (Art. 5): Art. 73 covers high-risk systems only, and the system must not be used at all.',
        { system: system.name },
      ),
    };
  }
  return {
    kind: 'notApplicable',
    why:
      view.effectiveTier === 'limited'
        ? tell('{{system}} is limited risk (transparency): Art. 73 covers high-risk AI systems only.', {
            system: system.name,
          })
        : tell('{{system}} is minimal risk: Art. 73 covers high-risk AI systems only.', {
            system: system.name,
          }),
  };
}

/** The scope of Art. 73 for an incident, from the AI systems it links (any one in scope is enough). */
export function aiActScope(
  aiSystemIds: readonly string[],
  awareDay: string,
  systems: readonly SystemFacts[],
  pack: AiActRulePack = EU_AI_ACT_RULE_PACK,
): AiActScope {
  const linked = systems.filter((system) => aiSystemIds.includes(system.id));
  if (linked.length === 0)
    return {
      kind: 'unknown',
      why: tell(
        'No AI system is linked to this incident: link the system involved to see whether Art. 73 applies.',
      ),
    };
  const scopes = linked.map((system) => systemScope(system, awareDay, pack));
  const applies = scopes.find((scope) => scope.kind === 'applies');
  if (applies) return applies;
  const unknown = scopes.find((scope) => scope.kind === 'unknown');
  if (unknown) return unknown;
  return {
    kind: 'notApplicable',
    why: scopes.map((scope) => (scope.kind === 'notApplicable' ? scope.why : '')).join(' '),
  };
}
