import { useState } from 'react';
import type { UseCase } from '../../../domain/portfolio';
import {
  similarUseCases,
  type IdeaOutcome,
  type SimilarUseCase,
  type WorkshopIdea,
} from '../../../domain/workshops';
import { setIdeaOutcome } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { MergeOfferDialog, type MergeChoice } from './MergeOfferDialog';
import { describeOutcome } from './outcomeMessages';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

/**
 * Deciding on an idea, the same from the ideas table and in facilitation (U, P, D, O): "becomes a use
 * case" for an idea without a use case first looks for similar use cases in the client's portfolio and,
 * when there are some, offers to merge the idea into one of them instead of adding a duplicate.
 */
export function useIdeaDecision(
  portfolio: readonly UseCase[],
  report: (text: string, error: boolean) => void,
  returnFocus?: () => void,
) {
  const words = useInterfaceWording();
  const [offer, setOffer] = useState<{ idea: WorkshopIdea; matches: SimilarUseCase<UseCase>[] } | null>(null);

  const record = async (idea: WorkshopIdea, outcome: IdeaOutcome, choice: MergeChoice = {}) => {
    try {
      report(
        describeOutcome(
          idea,
          outcome,
          await trackSave(setIdeaOutcome(db, idea.id, outcome, { ...choice, words })),
          words.t,
        ),
        false,
      );
    } catch (err) {
      report(describeWriteError(err), true);
    }
  };

  const decide = (idea: WorkshopIdea, outcome: IdeaOutcome): Promise<void> => {
    const matches = outcome === 'use-case' && !idea.useCaseId ? similarUseCases(idea, portfolio) : [];
    if (matches.length === 0) return record(idea, outcome);
    setOffer({ idea, matches });
    return Promise.resolve();
  };

  const dialog = offer && (
    <MergeOfferDialog
      idea={offer.idea}
      matches={offer.matches}
      onClose={() => setOffer(null)}
      returnFocus={returnFocus}
      onChoose={(choice) => {
        setOffer(null);
        void record(offer.idea, 'use-case', choice);
      }}
    />
  );
  return { decide, dialog, offering: offer !== null };
}
