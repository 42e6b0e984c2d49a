import { create } from 'zustand';
import { tell } from '../domain/shared/language';

/** The quiet "saved" indicator: how many writes are in flight, and the last failure if any. */
interface SaveStatusState {
  pending: number;
  lastError: string | null;
  lastSavedAt: number | null;
  /** Fields on screen whose value was refused (so it is not stored), by field instance: label and why. */
  refused: Record<string, { label: string; message: string }>;
}

export const useSaveStatus = create<SaveStatusState>(() => ({
  pending: 0,
  lastError: null,
  lastSavedAt: null,
  refused: {},
}));

/** A field shows a refused value (or no longer does, with `message` null): the indicator counts it. */
export function markRefused(fieldId: string, label: string, message: string | null): void {
  useSaveStatus.setState((s) => {
    const has = fieldId in s.refused;
    if (!message && !has) return s;
    if (message && has && s.refused[fieldId]!.message === message) return s;
    const refused = { ...s.refused };
    if (message) refused[fieldId] = { label, message };
    else delete refused[fieldId];
    return { refused };
  });
}

/** "Budget, Title": the labels of the fields showing a refused value. */
export function refusedLabels(refused: SaveStatusState['refused']): string {
  return [...new Set(Object.values(refused).map((e) => e.label))].join(', ');
}

/** "2 fields not saved: Budget (must be a number); Title (is required)". */
export function describeRefused(refused: SaveStatusState['refused']): string | null {
  const entries = Object.values(refused);
  if (entries.length === 0) return null;
  const list = entries.map((e) => `${e.label}: ${e.message}`).join('; ');
  return tell('{{count}} fields not saved. {{list}}', { count: entries.length, list });
}

/** Turns a storage error into words a user can act on. */
export function describeWriteError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ValidationError') return (error as Error).message;
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return tell('Not saved: the disk or browser storage is full. Free some space, then try again.');
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError' || name === 'OpenFailedError') {
    return tell(
      'Not saved: the database is closed or blocked (is the app open in another window that is upgrading?). Reload to try again.',
    );
  }
  if (error instanceof Error && error.message)
    return tell('Not saved: {{reason}}', { reason: error.message });
  return tell('Not saved: an unknown storage error occurred.');
}

/** Wraps a write so the indicator shows it; rethrows so the caller can keep the input on screen. */
export async function trackSave<T>(write: Promise<T>): Promise<T> {
  useSaveStatus.setState((s) => ({ pending: s.pending + 1 }));
  try {
    const result = await write;
    useSaveStatus.setState((s) => ({ pending: s.pending - 1, lastError: null, lastSavedAt: Date.now() }));
    return result;
  } catch (error) {
    // A refused input is explained next to its field; only real storage failures raise the alarm.
    const refused = error instanceof Error && error.name === 'ValidationError';
    useSaveStatus.setState((s) => ({
      pending: s.pending - 1,
      lastError: refused ? s.lastError : describeWriteError(error),
    }));
    throw error;
  }
}
