import {
  checkServerUrl,
  remoteDatabaseName,
  statusOfFailure,
  type ClientSyncStatus,
  type SyncSettings,
} from '../../domain/sync/settings';
import type { CaioDatabase } from '../core/schema';
import {
  countConflicts,
  listConflicts,
  resolveConflict,
  type Conflict,
  type FieldChoices,
} from './conflicts';
import type { SyncContext } from './context';
import type { Engine, EngineDatabase, EngineOptions } from './engine';
import { pendingCount } from './outbox';
import { syncClient } from './syncClient';

/**
 * Runs the sync of the configured clients and keeps each one's visible state (synced, syncing, pending N,
 * offline, error with its reason, paused). One client syncs at a time; "Sync now" and the timer only start
 * a run when none is going. It is created only once sync is configured: before that nothing of the engine
 * is even loaded, so the app makes no request.
 */

export interface RunnerOptions {
  database: CaioDatabase;
  settings: SyncSettings;
  engine: Engine;
  /** Options of the local replicas (tests: the memory adapter); the browser default is IndexedDB. */
  localOptions?: EngineOptions;
  now?: () => Date;
}

export type StatusMap = ReadonlyMap<string, ClientSyncStatus>;

export class SyncRunner {
  private statuses = new Map<string, ClientSyncStatus>();
  private listeners = new Set<() => void>();
  private locals = new Map<string, EngineDatabase>();
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private snapshot: StatusMap = new Map();

  constructor(private readonly options: RunnerOptions) {
    for (const clientId of options.settings.clientIds)
      this.set(clientId, { state: 'pending', pending: 0, conflicts: 0 });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The current states (a new map after every change, for React's useSyncExternalStore). */
  statusMap(): StatusMap {
    return this.snapshot;
  }

  private set(clientId: string, status: ClientSyncStatus) {
    this.statuses.set(clientId, status);
    this.snapshot = new Map(this.statuses);
    for (const listener of this.listeners) listener();
  }

  private paused(clientId: string): boolean {
    return this.options.settings.pausedClientIds.includes(clientId);
  }

  /** Syncs every configured client that is not paused (or only `clientId`); resolves when done. */
  syncNow(clientId?: string): Promise<void> {
    if (this.running) return this.running;
    const ids = this.options.settings.clientIds.filter((id) => (clientId ? id === clientId : true));
    this.running = (async () => {
      for (const id of ids) await this.syncOne(id);
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** Syncs now and then every `intervalMs`, and when the computer is back online. */
  start(intervalMs = 60_000): void {
    this.stop();
    void this.syncNow();
    this.timer = setInterval(() => void this.syncNow(), intervalMs);
    globalThis.addEventListener?.('online', this.onOnline);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    globalThis.removeEventListener?.('online', this.onOnline);
  }

  private onOnline = () => void this.syncNow();

  /** The client's conflicts, both versions each (empty while its key is not available). */
  async conflicts(clientId: string): Promise<Conflict[]> {
    const context = this.context(clientId);
    return typeof context === 'string' ? [] : listConflicts(context);
  }

  /** Resolves one conflict with the user's choices, then syncs the client so every device gets the result. */
  async resolve(clientId: string, conflict: Conflict, choices: FieldChoices): Promise<void> {
    const context = this.context(clientId);
    if (typeof context === 'string') throw new Error(context);
    await resolveConflict(context, conflict, choices);
    await this.syncNow(clientId);
  }

  private context(clientId: string): SyncContext | string {
    const { database, settings, engine } = this.options;
    const key = database.vault.clientKey(clientId);
    if (!key) return 'This client has no key here: unlock the workspace (sync needs encryption).';
    let local = this.locals.get(clientId);
    if (!local) {
      local = new engine(`caio-sync-${clientId}`, this.options.localOptions);
      this.locals.set(clientId, local);
    }
    return { database, clientId, key, local, author: settings.username };
  }

  private remote(clientId: string): EngineDatabase {
    const { settings, engine } = this.options;
    const server = checkServerUrl(settings.serverUrl);
    if (!server.ok) throw new Error(server.message);
    return new engine(`${server.base}/${remoteDatabaseName(clientId)}`, {
      auth: { username: settings.username, password: settings.password },
      skip_setup: true,
    });
  }

  private async syncOne(clientId: string): Promise<void> {
    const before = this.statuses.get(clientId) ?? { state: 'pending', pending: 0, conflicts: 0 };
    const context = this.context(clientId);
    if (typeof context === 'string')
      return this.set(clientId, { ...before, state: 'error', reason: context });
    if (this.paused(clientId))
      return this.set(clientId, { ...before, state: 'paused', pending: await pendingCount(context) });
    this.set(clientId, { ...before, state: 'syncing', reason: undefined });
    try {
      const report = await syncClient(context, this.remote(clientId));
      const problems = report.problems.length;
      const pending = await pendingCount(context);
      this.set(clientId, {
        state: problems ? 'error' : pending ? 'pending' : 'synced',
        reason: problems ? `${problems} change(s) from the server could not be applied.` : undefined,
        pending,
        conflicts: await countConflicts(context.local),
        lastSyncedAt: (this.options.now?.() ?? new Date()).toISOString(),
      });
    } catch (error) {
      const failure = statusOfFailure(error);
      this.set(clientId, { ...before, ...failure, pending: await pendingCount(context) });
    }
  }
}
