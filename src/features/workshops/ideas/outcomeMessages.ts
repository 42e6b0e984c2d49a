import type { OutcomeResult } from '../../../db/workshops/workshops';
import { IDEA_OUTCOME_LABELS, type IdeaOutcome, type WorkshopIdea } from '../../../domain/workshops';

/** What to tell the facilitator after a decision, in plain words. */
export function describeOutcome(
  idea: Pick<WorkshopIdea, 'number' | 'title'>,
  outcome: IdeaOutcome,
  result: OutcomeResult,
): string {
  const name = `#${idea.number} “${idea.title}”`;
  if (result.created) return `${name} becomes a use case: added to the portfolio in stage Idea.`;
  if (result.merged)
    return `${name} merged into the use case “${result.useCase?.title ?? ''}” (no new use case).${result.removedUseCase ? ' The use case created from it before was removed.' : ''}`;
  if (outcome === 'use-case') return `${name} becomes a use case (linked to the existing use case).`;
  if (result.unmerged)
    return `${name}: ${IDEA_OUTCOME_LABELS[outcome].toLowerCase()}. It is no longer merged into a use case; that use case is unchanged.`;
  if (result.removedUseCase)
    return `${name}: ${IDEA_OUTCOME_LABELS[outcome].toLowerCase()}. The use case created from it was removed again.`;
  if (result.keptUseCase)
    return `${name}: ${IDEA_OUTCOME_LABELS[outcome].toLowerCase()}. Its use case stays in the portfolio because it was worked on; change it there.`;
  return `${name}: ${IDEA_OUTCOME_LABELS[outcome].toLowerCase()}.`;
}
