import type { ReportModel } from '../../domain/reports';
import { periodLabelIn } from '../../domain/reports/period';
import { dayIn, numberIn, type Wording } from '../../domain/shared/language';
import { translator } from '../../i18n/i18n';

/** How one report writes: its client's language, with its dates ("1 december 2026"), numbers and period name. */
export interface ReportWords extends Wording {
  day: (value: string | null | undefined, long?: boolean) => string;
  period: string;
  value: (value: number | null, unit: string) => string;
}

/** The report's language (English for reports frozen before it could be chosen); load it first (`loadLanguage`). */
export function reportLanguage(model: Pick<ReportModel, 'client' | 'period'>): ReportWords {
  const lang = model.client.reportLanguage ?? 'en';
  return {
    lang,
    t: translator(lang),
    day: (value, long) => dayIn(lang, value, long),
    period: periodLabelIn(model.period, lang),
    value: (value, unit) => formatValue(value, unit, lang),
  };
}

/** A KPI value with its unit, as the report's language writes numbers: "12.5 h" / "12,5 h", "80%". */
export function formatValue(value: number | null, unit: string, lang: Wording['lang'] = 'en'): string {
  if (value === null) return '—';
  const rounded = numberIn(lang, Math.round(value * 10) / 10);
  return unit === '%' ? `${rounded}%` : `${rounded}${unit ? ` ${unit}` : ''}`;
}
