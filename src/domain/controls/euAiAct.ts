import { EU_AI_ACT_OBLIGATIONS } from '../governance/euAiActObligations';
import type { Requirement } from './types';

/**
 * The EU AI Act obligations the app already knows, taken from the EU AI Act rule pack (same ids,
 * titles and articles), so a control mapped to one counts wherever the classification lists it. A
 * provider duty with a deployer's check (Art. 50(1), 50(2)...) gives two requirements: the duty and the check (one when they share an id).
 */
export const EU_AI_ACT_REQUIREMENTS: Requirement[] = EU_AI_ACT_OBLIGATIONS.flatMap((obligation) =>
  [
    obligation,
    ...(obligation.deployerCheck && obligation.deployerCheck.id !== obligation.id
      ? [obligation.deployerCheck]
      : []),
  ].map((item) => ({
    id: `euAiAct:${item.id}`,
    framework: 'euAiAct' as const,
    ref: obligation.article,
    group: groupOf(item.id),
    title: item.title,
    kind: 'obligation' as const,
    mandatory: false,
  })),
);

function groupOf(id: string): string {
  if (id.startsWith('art5')) return 'Prohibited practices (Art. 5)';
  if (id.startsWith('art4')) return 'AI literacy (Art. 4)';
  if (id.startsWith('art26') || id.startsWith('art27') || id.startsWith('art16') || id.startsWith('art6'))
    return 'High-risk systems (Art. 6-27)';
  if (id.startsWith('art50')) return 'Transparency (Art. 50)';
  return 'Other obligations';
}

/** The requirement id of a rule-pack obligation id. */
export const obligationRequirementId = (obligationId: string) => `euAiAct:${obligationId}`;
