import { createClient } from '../../../../src/db/clients/clients';
import { updateRecord } from '../../../../src/db/core/records';
import {
  createKpi,
  createUseCase,
  updateCharter,
  updateUseCase,
  type KpiFields,
} from '../../../../src/db/portfolio/useCases';
import type { CaioDatabase } from '../../../../src/db/core/schema';
import type { PilotCharter } from '../../../../src/domain/portfolio';

export const TODAY = '2026-03-20';

export const FULL_CHARTER: Partial<PilotCharter> = {
  hypothesis: 'Recruiters draft a job posting in 15 minutes instead of 45.',
  scopeAndUsers: '6 recruiters of the IT desk',
  startDate: '2026-01-12',
  plannedEndDate: '2026-03-10',
  dataRules: 'Job requirements only; no candidate data.',
  humanOversightRule: 'A recruiter approves every posting.',
  stopConditions: 'Two discriminatory postings.',
  budgetPlanned: 4000,
  vendorToolName: 'Microsoft 365 Copilot',
};

export const TIME_KPI: KpiFields = {
  name: 'Time to draft a posting',
  definition: 'Timed by recruiters',
  unit: 'minutes-per-task',
  unitLabel: '',
  direction: 'lower-is-better',
  baselineValue: 45,
  baselineDate: '2026-01-05',
  targetValue: 15,
  scaleUpThreshold: 25,
  tasksPerMonth: 80,
};

export async function clientWithLimit(db: CaioDatabase, name: string, limit: number) {
  const client = await createClient(db, { name });
  await updateRecord(db, 'clients', client.id, { pilotLimit: limit });
  return client;
}

/** A use case in assessment with owner, KPI and a full charter: ready to enter pilot. */
export async function readyForPilot(db: CaioDatabase, clientId: string, title: string) {
  const useCase = await createUseCase(db, clientId, {
    title,
    businessOwner: 'Sanne de Vries',
    date: '2026-01-02',
  });
  await updateUseCase(db, useCase.id, { riskTier: 'limited' });
  await updateCharter(db, useCase.id, FULL_CHARTER);
  await createKpi(db, useCase.id, TIME_KPI, TODAY);
  const { createSystemForUseCase } = await import('../../../../src/db/portfolio/useCaseSystems');
  await createSystemForUseCase(db, useCase, `${title} (tool)`);
  const { moveUseCaseStage } = await import('../../../../src/db/portfolio/useCases');
  await moveUseCaseStage(db, useCase.id, { target: 'assessment', date: '2026-01-05' }, TODAY);
  return useCase;
}
