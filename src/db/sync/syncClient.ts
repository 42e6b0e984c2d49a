import { readCheckpoint, writeCheckpoint } from './checkpoint';
import type { SyncContext } from './context';
import type { EngineDatabase } from './engine';
import { drainInbox, type InboxResult } from './inbox';
import { fillOutbox } from './outbox';

/**
 * One sync of one client, the whole adapter in four steps: the outbox puts this device's changes into the
 * local replica; the engine pushes the replica to the server and pulls the server's changes; the inbox
 * applies what arrived. Each step resumes from its own checkpoint, so a sync cut off anywhere (the server
 * stops, the app closes) loses nothing: the next one carries on where the last step ended.
 */

export interface SyncReport extends InboxResult {
  /** Documents this device wrote into its replica. */
  written: number;
  /** Documents the engine sent to and received from the server. */
  pushed: number;
  pulled: number;
}

export async function syncClient(context: SyncContext, remote: EngineDatabase): Promise<SyncReport> {
  const { written } = await fillOutbox(context);
  const push = await context.local.replicate.to(remote, { retry: false });
  await writeCheckpoint(context.local, { ...(await readCheckpoint(context.local)), unpushed: 0 });
  const pull = await context.local.replicate.from(remote, { retry: false });
  const inbox = await drainInbox(context);
  return { ...inbox, written, pushed: push.docs_written, pulled: pull.docs_written };
}
