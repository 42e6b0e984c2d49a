import { CLIENT_AREAS, PRACTICE_AREAS } from '../../../../src/features/shell/areas';
import { SHORTCUTS } from '../../../../src/features/shell/HelpDialog';
import { SEPARATOR_WORDS } from '../../../../src/ui/CsvExportButton';
import { recordLabels } from '../../../../src/db/core/recordRules';

/** The label maps of the frame: the navigation's areas and captions, the keyboard shortcuts, the CSV separators in words, what records are called in messages. */
export const LABEL_KEYS: string[] = [
  ...CLIENT_AREAS.map((area) => area.label),
  ...PRACTICE_AREAS.flatMap((area) => [area.label, ...(area.caption ? [area.caption] : [])]),
  ...SHORTCUTS.map(([, action]) => action),
  ...Object.values(SEPARATOR_WORDS),
  ...recordLabels(),
];
