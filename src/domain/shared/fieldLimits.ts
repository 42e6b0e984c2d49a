import { z } from 'zod';
import { tell } from './language';

/**
 * The limits every text field shares (registers, use cases, clients, KPIs): titles and names up to 200
 * characters, long texts up to 20,000. Messages name the field and the limit.
 */
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 20_000;

/** Written when shown, in the interface's language; `label` is a key too ("business process"). */
const limitMessage = (label: string, max: number) => () =>
  tell('Keep the {{field}} to {{max}} characters or fewer', {
    field: tell(label),
    max: max.toLocaleString('en-GB'),
  });

/** A title or name (not trimmed, so typing a space is kept while the user types). */
export function shortTextSchema(label: string, max = MAX_SHORT_TEXT) {
  return z
    .string({ error: () => tell('The {{field}} must be text', { field: tell(label) }) })
    .max(max, { error: limitMessage(label, max) });
}

export function longTextSchema(label: string) {
  return shortTextSchema(label, MAX_LONG_TEXT);
}
