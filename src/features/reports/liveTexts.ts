import { createContext, useContext } from 'react';
import type { ReportTexts } from '../../domain/reports';

/**
 * The report's texts as stored now. The editor reads its report once per write, but only the parts that show
 * texts (the texts form, the export buttons, the previews of the slides with texts) follow this; the rest of
 * the editor keeps the report it drew, so a keystroke in a headline does not redraw the page or the slide list.
 */
export const LiveReportTexts = createContext<ReportTexts | null>(null);

/** The stored texts of the editor's report (inside `ReportEditor` only). */
export function useLiveTexts(): ReportTexts {
  const texts = useContext(LiveReportTexts);
  if (!texts) throw new Error('useLiveTexts is used outside the report editor');
  return texts;
}
