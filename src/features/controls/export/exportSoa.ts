import { coverageByFramework, requirementStates, soaCsvRows, soaRows } from '../../../domain/controls';
import type { Client } from '../../../domain/clients/client';
import type { ControlsData } from '../../../db/controls/queries';
import { platform } from '../../../platform';
import { fileName } from '../../../domain/shared/fileName';
import { soaDocxBytes } from './soaDocx';

export const soaFileName = (client: Client, today: string) =>
  `${client.shortName || client.name} Statement of Applicability ${today}`;

/** The SoA as CSV rows (header first), for the shared CSV export. */
export function soaCsv(data: ControlsData, today: string): string[][] {
  return soaCsvRows(soaRows(requirementStates(data, today), data.evidence, today));
}

/** Saves the client's Statement of Applicability as a Word document; returns the message for the user (null when cancelled). */
export async function exportSoa(client: Client, data: ControlsData, today: string): Promise<string | null> {
  const states = requirementStates(data, today);
  const rows = soaRows(states, data.evidence, today);
  const name = soaFileName(client, today);
  const coverage = coverageByFramework(data, data.programme?.frameworks ?? ['iso42001'], today);
  const bytes = await soaDocxBytes({
    clientName: client.name,
    scope: data.programme?.scope ?? '',
    preparedBy: 'Fractional Chief AI Officer',
    date: today,
    coverage,
    rows,
  });
  const result = await platform.saveFile({
    suggestedName: fileName(name, 'docx'),
    data: bytes,
    filters: [{ name: 'Word document', extensions: ['docx'] }],
  });
  if (result.saved) return `Exported to ${result.location}.`;
  return result.reason === 'cancelled'
    ? null
    : `Export failed: ${result.message ?? 'the file could not be written.'}`;
}
