import { english, type Translate } from '../../../domain/shared/language';

/** "13–24 of 30 · page 2 of 3" under a paged list on the projector; null when all fit. */
export function pageLine(
  first: number,
  shown: number,
  total: number,
  page: number,
  pages: number,
  t: Translate = english,
): string | null {
  if (pages <= 1) return null;
  return t('{{from}}–{{to}} of {{total}} · page {{page}} of {{pages}}', {
    from: first + 1,
    to: first + shown,
    total,
    page: page + 1,
    pages,
  });
}

/** A stable key of what changes an idea's height on screen (measure the page again when it changes). */
export function ideasLayoutKey(
  ideas: readonly {
    id: string;
    title: string;
    process: string;
    proposer: string;
    theme: string;
    votes: number;
    outcome: string;
  }[],
): string {
  return ideas
    .map((i) => [i.id, i.title, i.process, i.proposer, i.theme, i.votes > 0, i.outcome].join('\u0001'))
    .join('\u0002');
}
