import { coverageByFramework, requirementStates, soaCsvRows, soaRows } from '../../../domain/controls';
import type { Client } from '../../../domain/clients/client';
import type { ControlsData } from '../../../db/controls/queries';
import { platform } from '../../../platform';
import { safeFileName, saveCsv } from '../../vendors/shared/exportCsv';
import { soaDocxBytes } from './soaDocx';

/** Saves the client's Statement of Applicability as Word or CSV; returns the message for the user (null when cancelled). */
export async function exportSoa(client: Client, data: ControlsData, today: string, format: 'docx' | 'csv'): Promise<string | null> {
  const states = requirementStates(data, today);
  const rows = soaRows(states, data.evidence, today);
  const name = `${client.shortName || client.name} Statement of Applicability ${today}`;
  if (format === 'csv') return saveCsv(name, soaCsvRows(rows));
  const coverage = coverageByFramework(data, data.programme?.frameworks ?? ['iso42001'], today);
  const bytes = await soaDocxBytes({ clientName: client.name, scope: data.programme?.scope ?? '', preparedBy: 'Fractional Chief AI Officer', date: today, coverage, rows });
  const result = await platform.saveFile({ suggestedName: `${safeFileName(name)}.docx`, data: bytes, filters: [{ name: 'Word document', extensions: ['docx'] }] });
  if (result.saved) return `Exported to ${result.location}.`;
  return result.reason === 'cancelled' ? null : `Export failed: ${result.message ?? 'the file could not be written.'}`;
}
