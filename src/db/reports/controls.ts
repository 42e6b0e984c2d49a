import {
  readinessReportData,
  DEFAULT_PROGRAMME_FRAMEWORKS,
  type ReadinessReportData,
} from '../../domain/controls';
import { loadControlsData } from '../controls/queries';
import type { CaioDatabase } from '../core/schema';
import type { Wording } from '../../domain/shared/language';

/** The readiness slide's data for one client as of a day (its records only, read by `clientId`). */
export async function controlsReportData(
  database: CaioDatabase,
  clientId: string,
  asOf: string,
  words?: Wording,
): Promise<ReadinessReportData | null> {
  const data = await loadControlsData(database, clientId);
  return readinessReportData(data, data.programme?.frameworks ?? DEFAULT_PROGRAMME_FRAMEWORKS, asOf, words);
}
