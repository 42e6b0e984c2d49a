import { EU_AI_ACT_OBLIGATIONS } from '../governance/euAiActObligations';
import type { Requirement } from './types';

/**
 * The EU AI Act obligations the app already knows, taken from the EU AI Act rule pack (same ids,
 * titles and articles), so a control mapped to one counts wherever the classification lists it.
 */
export const EU_AI_ACT_REQUIREMENTS: Requirement[] = EU_AI_ACT_OBLIGATIONS.map((obligation) => ({
  id: `euAiAct:${obligation.id}`,
  framework: 'euAiAct',
  ref: obligation.article,
  group: groupOf(obligation.id),
  title: obligation.title,
  kind: 'obligation',
  mandatory: false,
}));

function groupOf(id: string): string {
  if (id.startsWith('art5')) return 'Prohibited practices (Art. 5)';
  if (id.startsWith('art4')) return 'AI literacy (Art. 4)';
  if (id.startsWith('art26') || id.startsWith('art27') || id.startsWith('art16') || id.startsWith('art6')) return 'High-risk systems (Art. 6-27)';
  if (id.startsWith('art50')) return 'Transparency (Art. 50)';
  return 'Other obligations';
}

/** The requirement id of a rule-pack obligation id. */
export const obligationRequirementId = (obligationId: string) => `euAiAct:${obligationId}`;
