import { tell } from './language';
/** The 1-5 scores of use cases, vendor criteria and workshop ideas, as typed into a field. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export type ScoreReading = { ok: true; value: number | null } | { ok: false; message: string };

/** '' clears the score (null); otherwise a whole number from 1 to 5, e.g. "Impact must be … (you wrote "7")". */
export function parseScore(raw: string, label = tell('Score')): ScoreReading {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < SCORE_MIN || value > SCORE_MAX) {
    return {
      ok: false,
      message: tell('{{label}} must be a whole number from {{min}} to {{max}} (you wrote "{{raw}}")', {
        label,
        min: SCORE_MIN,
        max: SCORE_MAX,
        raw: trimmed,
      }),
    };
  }
  return { ok: true, value };
}
