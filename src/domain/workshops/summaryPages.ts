/**
 * The pages of the slide-ready workshop summary for participants (16:9, one message per slide):
 * title, agenda and participants, the ideas (as many slides as needed), the impact/effort map,
 * the decisions and the next steps.
 */
import { rankIdeas } from './analysis';
import { english, type Translate } from '../shared/language';
import type { WorkshopIdea } from './idea';

export const IDEAS_PER_SLIDE = 8;

export type SummaryPage =
  | { kind: 'title' }
  | { kind: 'agenda' }
  | { kind: 'ideas'; ideas: WorkshopIdea[]; part: number; parts: number }
  | { kind: 'map' }
  | { kind: 'decisions' }
  | { kind: 'next-steps' };

export function summaryPages(ideas: readonly WorkshopIdea[]): SummaryPage[] {
  const ranked = rankIdeas(ideas);
  const parts = Math.max(1, Math.ceil(ranked.length / IDEAS_PER_SLIDE));
  const ideaPages: SummaryPage[] = Array.from({ length: parts }, (_, i) => ({
    kind: 'ideas',
    ideas: ranked.slice(i * IDEAS_PER_SLIDE, (i + 1) * IDEAS_PER_SLIDE),
    part: i + 1,
    parts,
  }));
  return [
    { kind: 'title' },
    { kind: 'agenda' },
    ...ideaPages,
    { kind: 'map' },
    { kind: 'decisions' },
    { kind: 'next-steps' },
  ];
}

export function summaryPageTitle(page: SummaryPage, t: Translate = english): string {
  switch (page.kind) {
    case 'title':
      return t('Title');
    case 'agenda':
      return t('Agenda and participants');
    case 'ideas':
      return page.parts > 1
        ? t('Ideas ({{part}} of {{parts}})', { part: page.part, parts: page.parts })
        : t('Ideas');
    case 'map':
      return t('Impact / effort map');
    case 'decisions':
      return t('Decisions');
    case 'next-steps':
      return t('Next steps');
  }
}

/** The first `limit` items and how many were left out (for "and 4 more" lines on a full slide). */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
