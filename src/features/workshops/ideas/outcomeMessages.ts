import type { OutcomeResult } from '../../../db/workshops/workshops';
import { IDEA_OUTCOME_LABELS, type IdeaOutcome, type WorkshopIdea } from '../../../domain/workshops';
import type { Translate } from '../../../domain/shared/language';

/** What to tell the facilitator after a decision, in plain words (in the interface's language). */
export function describeOutcome(
  idea: Pick<WorkshopIdea, 'number' | 'title'>,
  outcome: IdeaOutcome,
  result: OutcomeResult,
  t: Translate,
): string {
  const name = t('#{{number}} “{{title}}”', { number: idea.number, title: idea.title });
  const values = { name, outcome: t(IDEA_OUTCOME_LABELS[outcome]).toLowerCase() };
  if (result.created) return t('{{name}} becomes a use case: added to the portfolio in stage Idea.', values);
  if (result.merged) {
    const merged = { ...values, useCase: result.useCase?.title ?? '' };
    return result.removedUseCase
      ? t(
          '{{name}} merged into the use case “{{useCase}}” (no new use case). The use case created from it before was removed.',
          merged,
        )
      : t('{{name}} merged into the use case “{{useCase}}” (no new use case).', merged);
  }
  if (outcome === 'use-case')
    return t('{{name}} becomes a use case (linked to the existing use case).', values);
  if (result.unmerged)
    return t(
      '{{name}}: {{outcome}}. It is no longer merged into a use case; that use case is unchanged.',
      values,
    );
  if (result.removedUseCase)
    return t('{{name}}: {{outcome}}. The use case created from it was removed again.', values);
  if (result.keptUseCase)
    return t(
      '{{name}}: {{outcome}}. Its use case stays in the portfolio because it was worked on; change it there.',
      values,
    );
  return t('{{name}}: {{outcome}}.', values);
}
