/**
 * Assess once, reuse: the DPIA and the FRIA ask some of the same facts. Questions with the same
 * `reuseKey` are the same fact; an answer given in one instrument fills the other's question.
 */
import { allQuestions, type TemplateContent } from './template';
import type { Answers } from './answers';

export interface ReuseLink {
  key: string;
  from: { id: string; label: string };
  to: { id: string; label: string };
}

/** Which question of `to` each answered question of `from` fills (same key, same question type). */
export function reuseLinks(
  from: Pick<TemplateContent, 'sections'>,
  to: Pick<TemplateContent, 'sections'>,
): ReuseLink[] {
  const targets = new Map(
    allQuestions(to)
      .filter((q) => q.reuseKey)
      .map((q) => [q.reuseKey as string, q]),
  );
  return allQuestions(from).flatMap((q) => {
    const target = q.reuseKey ? targets.get(q.reuseKey) : undefined;
    return target && target.type === q.type
      ? [
          {
            key: q.reuseKey as string,
            from: { id: q.id, label: q.label },
            to: { id: target.id, label: target.label },
          },
        ]
      : [];
  });
}

/** The answers of `to` that `from`'s answers give, ready to prefill its form. */
export function reusedAnswers(
  from: Pick<TemplateContent, 'sections'>,
  answers: Answers,
  to: Pick<TemplateContent, 'sections'>,
): Answers {
  const reused: Answers = {};
  for (const link of reuseLinks(from, to)) {
    const value = answers[link.from.id];
    if (value !== undefined && !(typeof value === 'string' && value.trim() === ''))
      reused[link.to.id] = value;
  }
  return reused;
}
