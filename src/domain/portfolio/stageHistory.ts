/**
 * Reading the stage history of a use case.
 */
import type { Stage } from './constants';
import type { StageHistoryEntry, UseCase } from './useCase';

/** The most recent history entry for a move into `stage`, or undefined. */
export function lastEntryInto(
  useCase: Pick<UseCase, 'stageHistory'>,
  stage: Stage,
): StageHistoryEntry | undefined {
  for (let i = useCase.stageHistory.length - 1; i >= 0; i--) {
    if (useCase.stageHistory[i].stage === stage) return useCase.stageHistory[i];
  }
  return undefined;
}

/** The day the use case entered its current stage (falls back to the creation day). */
export function currentStageSince(useCase: Pick<UseCase, 'stage' | 'stageHistory' | 'createdAt'>): string {
  return lastEntryInto(useCase, useCase.stage)?.date ?? useCase.createdAt.slice(0, 10);
}

/**
 * The day the current pilot run started: the last move into `pilot`.
 * Used to tell whether a gate decision belongs to the current run.
 */
export function currentPilotRunStart(useCase: Pick<UseCase, 'stageHistory'>): string | undefined {
  return lastEntryInto(useCase, 'pilot')?.date;
}
