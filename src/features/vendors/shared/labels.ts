import type { Translate } from '../../../domain/shared/language';
import type { Option } from '../../../ui/fields/OptionSelect';

/** A label map in the interface's language (the maps hold the English texts, which are the keys). */
export function translatedLabels<T extends string>(
  labels: Record<T, string>,
  t: Translate,
): Record<T, string> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([value, label]) => [value, t(label)]),
  ) as Record<T, string>;
}

/** The options of a select from a list of values and their label map, in the interface's language. */
export function translatedOptions<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  t: Translate,
): Option<T>[] {
  return values.map((value) => ({ value, label: t(labels[value]) }));
}

/** A score's status on the Scores tab. */
export const SCORE_STATUS_LABELS = {
  verified: 'Verified',
  unverified: 'Unverified: no evidence',
  'not-scored': 'Not scored',
} as const;

/** A criteria template's name as shown: the one that ships with the app in the interface's language, the others as typed. */
export function templateName(template: { name: string; builtIn?: boolean }, t: Translate): string {
  return template.builtIn ? t(template.name) : template.name;
}
