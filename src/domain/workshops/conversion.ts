/**
 * Turning a workshop idea into a use case of the client's portfolio: stage `idea`, linked back to
 * the idea, carrying what the room said (process, description, impact, effort as feasibility); or,
 * when the portfolio already has a use case like it (`similarUseCases`), merging the idea into that one.
 */
import { newUseCase, type UseCase } from '../portfolio/useCase';
import type { WorkshopIdea } from './idea';
import type { Workshop } from './workshop';
import { similarTitles } from '../shared/titleSimilarity';
import { dayIn, ENGLISH, tell, type Wording } from '../shared/language';

/** Portfolio feasibility is the mirror of workshop effort (effort 1 = feasibility 5). */
export function feasibilityFromEffort(effort: number | null): number | null {
  return effort === null ? null : 6 - effort;
}

export interface ConversionInput {
  idea: WorkshopIdea;
  workshop: Pick<Workshop, 'date' | 'title'>;
  useCaseId: string;
  now: string;
  /** Today (`YYYY-MM-DD`): a workshop planned in the future never dates a use case after today. */
  today: string;
  /** The language of the origin note (the consultant's interface language); English by default. */
  words?: Wording;
}

export function useCaseFromIdea({
  idea,
  workshop,
  useCaseId,
  now,
  today,
  words: { lang, t } = ENGLISH,
}: ConversionInput): UseCase {
  const date = workshop.date <= today ? workshop.date : today;
  const base = newUseCase({
    id: useCaseId,
    clientId: idea.clientId,
    title: idea.title,
    now,
    date,
    workshopIdeaId: idea.id,
  });
  const values = { title: workshop.title, date: dayIn(lang, workshop.date), proposer: idea.proposer };
  const origin = idea.proposer
    ? t('From the workshop “{{title}}” ({{date}}), proposed by {{proposer}}.', values)
    : t('From the workshop “{{title}}” ({{date}}).', values);
  return {
    ...base,
    process: idea.process,
    problemStatement: idea.description ? `${idea.description}\n\n${origin}` : origin,
    scores: { ...base.scores, impact: idea.impact, feasibility: feasibilityFromEffort(idea.effort) },
    stageHistory: [
      { stage: 'idea', date, note: t('Converted from workshop idea #{{number}}', { number: idea.number }) },
    ],
  };
}

/**
 * A use case created by a conversion can be removed again when the outcome is changed, as long as
 * nobody has worked on it in the portfolio since (still in stage idea, never edited).
 */
export function isUntouchedConversion(
  useCase: Pick<UseCase, 'createdAt' | 'updatedAt' | 'stage' | 'workshopIdeaId'>,
  ideaId: string,
): boolean {
  return (
    useCase.workshopIdeaId === ideaId && useCase.stage === 'idea' && useCase.updatedAt === useCase.createdAt
  );
}

export interface SimilarUseCase<U> {
  useCase: U;
  /** 0 to 1. */
  score: number;
  /** The words the idea and the use case share, as written in the use case's title. */
  shared: string[];
}

/**
 * Use cases of the portfolio whose title is like the idea's, most alike first: converting the idea
 * should rather merge it into one of them than add a duplicate. The use case the idea is already
 * linked to is not a candidate.
 */
export function similarUseCases<U extends Pick<UseCase, 'id' | 'title' | 'clientId'>>(
  idea: Pick<WorkshopIdea, 'title' | 'clientId' | 'useCaseId'>,
  useCases: readonly U[],
  limit = 3,
): SimilarUseCase<U>[] {
  const candidates = useCases.filter((u) => u.clientId === idea.clientId && u.id !== idea.useCaseId);
  return similarTitles(idea.title, candidates, (u) => u.title, limit).map(({ candidate, match }) => ({
    useCase: candidate,
    score: match.score,
    shared: match.shared,
  }));
}

/** "4 words in common: answering, routine, tax, questions" (what the merge offer shows with a match). */
export function describeSimilarity(match: Pick<SimilarUseCase<unknown>, 'shared' | 'score'>): string {
  return tell('{{percent}}% alike, {{count}} words in common: {{words}}', {
    percent: Math.round(match.score * 100),
    count: match.shared.length,
    words: match.shared.join(', '),
  });
}
