import { create } from 'zustand';

/** The deletion that can still be undone (one at a time; the toast shows it for a while). */
export interface UndoOffer {
  /** What was deleted, in words: "Measurement of 2 Feb 2026 deleted". */
  message: string;
  /** The change-log entry of the deletion, which `restoreRecord` puts back. */
  deletionId: string;
  /** Bumped per offer, so a new deletion restarts the toast's time. */
  key: number;
}

interface UndoState {
  offer: UndoOffer | null;
}

export const useUndo = create<UndoState>(() => ({ offer: null }));

let counter = 0;

export function offerUndo(message: string, deletionId: string | null | undefined): void {
  if (deletionId) useUndo.setState({ offer: { message, deletionId, key: ++counter } });
}

export function dismissUndo(key: number): void {
  useUndo.setState((s) => (s.offer?.key === key ? { offer: null } : s));
}
