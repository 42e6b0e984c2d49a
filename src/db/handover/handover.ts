import type { TableRecords } from '../../domain/backup';
import type { Client } from '../../domain/clients/client';
import { clientWording } from '../../i18n/i18n';
import { preparedByLine } from '../../domain/consultant/profile';
import {
  emptyGovernanceData,
  migrateIncident,
  REGISTER_IDS,
  type GovernanceData,
} from '../../domain/governance';
import { NOTHING_EXTRA, type HandoverChoices } from '../../domain/handover/allowList';
import { buildHandoverDocument } from '../../domain/handover/handoverDocument';
import { selectHandoverRecords } from '../../domain/handover/selectRecords';
import type { UseCase } from '../../domain/portfolio';
import type { VendorProfile } from '../../domain/vendors';
import { buildBackupFile, dumpClient, type WrittenBackup } from '../backup/dump';
import { describeTables } from '../core/tables';
import { getConsultantProfile } from '../consultant/profile';
import { governanceReportFromData } from '../reports/governance';
import type { CaioDatabase } from '../core/schema';
import { collectUseCaseFacts } from '../portfolio/useCaseFacts';
import { fromStored, type StoredEvaluation } from '../vendors/evaluations';
import { todayIso } from '../../domain/shared/dates';

/**
 * A client handover from the database: the client's records through the allow-list
 * (`domain/handover/allowList.ts`), as an importable data file and as the readable document. Both are
 * made from the same selected records, never from the database directly.
 */

export async function handoverRecords(
  database: CaioDatabase,
  clientId: string,
  choices: HandoverChoices = NOTHING_EXTRA,
): Promise<TableRecords> {
  return selectHandoverRecords(await dumpClient(database, clientId), describeTables(database), choices);
}

export async function createHandoverDataFile(
  database: CaioDatabase,
  clientId: string,
  choices: HandoverChoices,
  appVersion: string,
  now = new Date(),
): Promise<WrittenBackup> {
  return buildBackupFile(database, await handoverRecords(database, clientId, choices), {
    kind: 'client',
    clientId,
    appVersion,
    now,
  });
}

/** The governance registers of the selected records, as the board report's summary code reads them. */
function governanceOf(records: TableRecords): GovernanceData {
  const data = emptyGovernanceData() as unknown as Record<string, unknown[]>;
  for (const id of REGISTER_IDS) data[id] = records[id] ?? [];
  const governance = data as unknown as GovernanceData;
  const evaluations = ((records.evaluations ?? []) as unknown as StoredEvaluation[]).map(fromStored);
  const facts = collectUseCaseFacts(
    (records.useCases ?? []) as unknown as UseCase[],
    evaluations,
    (records.vendorProfiles ?? []) as unknown as VendorProfile[],
  );
  return { ...governance, incidents: governance.incidents.map(migrateIncident), useCaseFacts: facts };
}

export async function createHandoverDocument(
  database: CaioDatabase,
  clientId: string,
  choices: HandoverChoices,
  appVersion: string,
  now = new Date(),
): Promise<string> {
  const records = await handoverRecords(database, clientId, choices);
  const client = records.clients?.[0] as unknown as Pick<Client, 'reportLanguage'> | undefined;
  const words = client ? await clientWording(client) : undefined;
  const today = todayIso(now);
  const allTime = {
    key: 'handover',
    kind: 'month' as const,
    label: 'All time',
    start: '0000-01-01',
    end: today,
  };
  const summary = governanceReportFromData(governanceOf(records), allTime, now);
  return buildHandoverDocument({
    records,
    summary,
    generatedAt: now,
    appVersion,
    preparedBy: preparedByLine(await getConsultantProfile(database)),
    words,
  });
}
