import { useLiveQuery } from 'dexie-react-hooks';
import type { Client } from '../../domain/clients/client';
import type { UseCase } from '../../domain/portfolio';
import type { Workshop, WorkshopIdea } from '../../domain/workshops';
import { ideasForWorkshop } from '../../db/workshops/workshops';
import { db, type CaioDatabase } from '../../db/core/schema';

export interface WorkshopData {
  workshop: Workshop;
  client: Client;
  /** In capture order. */
  ideas: WorkshopIdea[];
  /** The client's use cases by id: those the ideas became or were merged into (missing when deleted in the portfolio), and the rest. */
  useCases: Map<string, UseCase>;
  /** Every use case of the client's portfolio (what a converted idea is checked against for duplicates). */
  portfolio: UseCase[];
}

/**
 * A workshop with its client, ideas and the client's use cases, live from the database: every window
 * showing it (facilitator, audience, plan) follows each change as it is saved.
 * Undefined while loading, null when the workshop does not exist (or belongs to another client).
 */
export function useWorkshopData(
  workshopId: string | undefined,
  clientId?: string,
): WorkshopData | null | undefined {
  return useLiveQuery(() => loadWorkshopData(db, workshopId, clientId), [workshopId, clientId]);
}

/** The same, read once from any database (the print view's data; tests). */
export async function loadWorkshopData(
  database: CaioDatabase,
  workshopId: string | undefined,
  clientId?: string,
): Promise<WorkshopData | null> {
  if (!workshopId) return null;
  const workshop = await database.workshops.get(workshopId);
  if (!workshop || (clientId && workshop.clientId !== clientId)) return null;
  const [client, ideas, portfolio] = await Promise.all([
    database.clients.get(workshop.clientId),
    ideasForWorkshop(database, workshopId),
    database.useCases.where('clientId').equals(workshop.clientId).toArray(),
  ]);
  if (!client) return null;
  return { workshop, client, ideas, portfolio, useCases: new Map(portfolio.map((u) => [u.id, u])) };
}
