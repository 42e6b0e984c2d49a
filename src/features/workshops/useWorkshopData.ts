import { useLiveQuery } from 'dexie-react-hooks';
import type { Client } from '../../domain/clients/client';
import type { UseCase } from '../../domain/portfolio';
import type { Workshop, WorkshopIdea } from '../../domain/workshops';
import { ideasForWorkshop, linkedUseCases } from '../../db/workshops';
import { db } from '../../db/schema';

export interface WorkshopData {
  workshop: Workshop;
  client: Client;
  /** In capture order. */
  ideas: WorkshopIdea[];
  /** Use cases created from the ideas, by id (missing when deleted in the portfolio). */
  useCases: Map<string, UseCase>;
}

/**
 * A workshop with its client, ideas and converted use cases, live from the database: every window
 * showing it (facilitator, audience, plan) follows each change as it is saved.
 * Undefined while loading, null when the workshop does not exist (or belongs to another client).
 */
export function useWorkshopData(workshopId: string | undefined, clientId?: string): WorkshopData | null | undefined {
  return useLiveQuery(async () => {
    if (!workshopId) return null;
    const workshop = await db.workshops.get(workshopId);
    if (!workshop || (clientId && workshop.clientId !== clientId)) return null;
    const [client, ideas] = await Promise.all([db.clients.get(workshop.clientId), ideasForWorkshop(db, workshopId)]);
    if (!client) return null;
    return { workshop, client, ideas, useCases: await linkedUseCases(db, ideas) };
  }, [workshopId, clientId]);
}
