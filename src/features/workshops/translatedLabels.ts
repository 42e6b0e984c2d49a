import type { Translate } from '../../domain/shared/language';

/** A label map with each label translated (for kit components that take a map, such as `filterSegments`). */
export function translatedLabels<K extends string>(
  labels: Record<K, string>,
  t: Translate,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [key, t(label as string)]),
  ) as Record<K, string>;
}
