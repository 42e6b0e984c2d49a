import { z } from 'zod';
import { newId } from '../core/ids';
import type { EngineDatabase } from './engine';

/**
 * Where the adapter resumes, kept in the local replica as a `_local` document (never replicated, and gone
 * with the replica): `origin` names this replica in the documents it writes; `outSeq` is the last change-log
 * sequence number put into the replica; `inSeq` the replica's last change applied to the app's records.
 * PouchDB keeps its own replication checkpoints; these are only the adapter's two ends.
 */

export const CHECKPOINT_ID = '_local/caio-desk-sync';

export interface Checkpoint {
  origin: string;
  outSeq: number;
  unpushed: number;
  inSeq: number | string;
}

const checkpointSchema = z.object({
  origin: z.string().min(1),
  outSeq: z.number().int().nonnegative(),
  unpushed: z.number().int().nonnegative().default(0),
  inSeq: z.union([z.number(), z.string()]),
});

export async function readCheckpoint(local: EngineDatabase): Promise<Checkpoint & { _rev?: string }> {
  try {
    const doc = await local.get(CHECKPOINT_ID);
    const parsed = checkpointSchema.safeParse(doc);
    if (parsed.success) return { ...parsed.data, _rev: doc._rev };
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  return { origin: newId(), outSeq: 0, unpushed: 0, inSeq: 0 };
}

export async function writeCheckpoint(local: EngineDatabase, checkpoint: Checkpoint & { _rev?: string }) {
  const { _rev, ...content } = checkpoint;
  const result = await local.put({ _id: CHECKPOINT_ID, ...(_rev ? { _rev } : {}), ...content });
  return { ...content, _rev: result.rev };
}
