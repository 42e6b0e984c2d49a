import {
  validateKpiOn,
  validateMeasurement,
  type Kpi,
  type KpiDirection,
  type KpiUnit,
  type Measurement,
  type MeasurementConfidence,
} from '../../domain/portfolio';
import { newId, nowIso } from '../core/ids';
import { valueOrThrow } from './errors';
import { deleteRecord, RecordNotFoundError, updateRecord } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { todayIso } from '../../domain/shared/dates';

/** KPIs of use cases and their measurement log. Invalid input throws a ValidationError and writes nothing. */

export interface KpiFields {
  name: string;
  definition: string;
  unit: KpiUnit;
  unitLabel: string;
  direction: KpiDirection;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  scaleUpThreshold: number | null;
  tasksPerMonth: number | null;
}

export interface MeasurementFields {
  date: string;
  value: number;
  note: string;
  confidence: MeasurementConfidence;
}

export async function createKpi(
  database: CaioDatabase,
  useCaseId: string,
  fields: KpiFields,
  today = todayIso(),
): Promise<Kpi> {
  const useCase = await database.useCases.get(useCaseId);
  if (!useCase) throw new RecordNotFoundError('use case');
  const now = nowIso();
  const kpi = valueOrThrow(
    validateKpiOn(
      { id: newId(), clientId: useCase.clientId, useCaseId, createdAt: now, updatedAt: now, ...fields },
      today,
    ),
  );
  await database.kpis.add(kpi);
  return kpi;
}

/** Replaces the editable fields of a KPI (validated as a whole: e.g. a target equal to the baseline is refused). */
export function updateKpi(database: CaioDatabase, id: string, fields: KpiFields, today = todayIso()) {
  return updateRecord<Kpi>(database, 'kpis', id, fields, { today });
}

/** Deletes a KPI and its measurements. */
export async function deleteKpi(database: CaioDatabase, id: string): Promise<void> {
  await database.transaction('rw', [database.kpis, database.kpiMeasurements, database.changes], async () => {
    for (const measurement of await database.kpiMeasurements.where('kpiId').equals(id).toArray())
      await deleteRecord(database, 'kpiMeasurements', measurement.id);
    await deleteRecord(database, 'kpis', id);
  });
}

/** Logs a measurement; refused when not a number, dated before the KPI's baseline, or in the future. */
export async function addMeasurement(
  database: CaioDatabase,
  kpiId: string,
  fields: MeasurementFields,
  today = todayIso(),
): Promise<Measurement> {
  const kpi = await database.kpis.get(kpiId);
  if (!kpi) throw new RecordNotFoundError('KPI');
  const now = nowIso();
  const input = {
    id: newId(),
    clientId: kpi.clientId,
    useCaseId: kpi.useCaseId,
    kpiId,
    createdAt: now,
    updatedAt: now,
    ...fields,
    note: fields.note.trim(),
  };
  const measurement = valueOrThrow(validateMeasurement(input, kpi, today));
  await database.kpiMeasurements.add(measurement);
  return measurement;
}

/** Deletes a measurement; its last state stays in the change log, so it can be restored (`restoreRecord`). */
export function deleteMeasurement(database: CaioDatabase, id: string) {
  return deleteRecord(database, 'kpiMeasurements', id);
}

export function kpisForClient(database: CaioDatabase, clientId: string): Promise<Kpi[]> {
  return database.kpis.where('clientId').equals(clientId).toArray();
}

export function kpisForUseCase(database: CaioDatabase, useCaseId: string): Promise<Kpi[]> {
  return database.kpis.where('useCaseId').equals(useCaseId).toArray();
}

export function measurementsForClient(database: CaioDatabase, clientId: string): Promise<Measurement[]> {
  return database.kpiMeasurements.where('clientId').equals(clientId).toArray();
}

export function measurementsForUseCase(database: CaioDatabase, useCaseId: string): Promise<Measurement[]> {
  return database.kpiMeasurements.where('useCaseId').equals(useCaseId).toArray();
}
