import { format, formatDistanceToNow } from 'date-fns';
import { dateLocaleOf, type Language } from '../../domain/shared/language';

/** How the Backup screen writes moments in the interface's language ("d MMMM yyyy, HH:mm" and "3 days ago"). */

export function momentIn(lang: Language, iso: string | Date, pattern: string): string {
  return format(new Date(iso), pattern, { locale: dateLocaleOf(lang) });
}

export function agoIn(lang: Language, iso: string): string {
  return formatDistanceToNow(new Date(iso), { addSuffix: true, locale: dateLocaleOf(lang) });
}

/** A moment in full, as the import preview shows when a file was made. */
export const LONG_MOMENT = 'd MMMM yyyy, HH:mm';
