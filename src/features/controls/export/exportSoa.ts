import { coverageByFramework, requirementStates, soaCsvRows, soaRows } from '../../../domain/controls';
import type { Client } from '../../../domain/clients/client';
import { preparedByLine } from '../../../domain/consultant/profile';
import { getConsultantProfile } from '../../../db/consultant/profile';
import { db } from '../../../db/core/schema';
import { clientWording, wordingOf } from '../../../i18n/i18n';
import type { ControlsData } from '../../../db/controls/queries';
import { platform } from '../../../platform';
import { fileName } from '../../../domain/shared/fileName';
import { soaDocxBytes } from './soaDocx';
import { interfaceT } from '../../../state/interfaceLanguage';

/** "Van Dijk Verklaring van toepasselijkheid 2026-12-01": the document's name in the client's report language. */
export const soaFileName = (client: Client, today: string) =>
  `${client.shortName || client.name} ${wordingOf(client).t('Statement of Applicability')} ${today}`;

/** The SoA as CSV rows (header first) in the client's report language, for the shared CSV export. */
export async function soaCsv(client: Client, data: ControlsData, today: string): Promise<string[][]> {
  const words = await clientWording(client);
  return soaCsvRows(soaRows(requirementStates(data, today), data.evidence, today, words), words);
}

/** Saves the client's Statement of Applicability as a Word document; returns the message for the user (null when cancelled). */
export async function exportSoa(client: Client, data: ControlsData, today: string): Promise<string | null> {
  const t = interfaceT();
  const [words, consultant] = await Promise.all([clientWording(client), getConsultantProfile(db)]);
  const states = requirementStates(data, today);
  const rows = soaRows(states, data.evidence, today, words);
  const name = soaFileName(client, today);
  const coverage = coverageByFramework(data, data.programme?.frameworks ?? ['iso42001'], today);
  const bytes = await soaDocxBytes({
    clientName: client.name,
    scope: data.programme?.scope ?? '',
    preparedBy: preparedByLine(consultant),
    date: today,
    coverage,
    rows,
    words,
  });
  const result = await platform.saveFile({
    suggestedName: fileName(name, 'docx'),
    data: bytes,
    filters: [{ name: t('Word document'), extensions: ['docx'] }],
  });
  if (result.saved) return t('Exported to {{location}}.', { location: result.location });
  return result.reason === 'cancelled'
    ? null
    : t('Export failed: {{reason}}', { reason: result.message ?? t('the file could not be written.') });
}
