import { z } from 'zod';

/**
 * The limits every text field shares (registers, use cases, clients, KPIs): titles and names up to 200
 * characters, long texts up to 20,000. Messages name the field and the limit.
 */
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 20_000;

function limitMessage(label: string, max: number): string {
  return `Keep the ${label} to ${max.toLocaleString('en-GB')} characters or fewer`;
}

/** A title or name (not trimmed, so typing a space is kept while the user types). */
export function shortTextSchema(label: string, max = MAX_SHORT_TEXT) {
  return z.string({ error: `The ${label} must be text` }).max(max, limitMessage(label, max));
}

export function longTextSchema(label: string) {
  return shortTextSchema(label, MAX_LONG_TEXT);
}
