import {
  checkServerUrl,
  remoteDatabaseName,
  statusOfFailure,
  type ClientSyncStatus,
  type SyncSettings,
} from '../../domain/sync/settings';
import { tell } from '../../domain/shared/language';
import type { ConsultantDoc } from '../../domain/sync/practice';
import { deleteClientCascade } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { Couch } from './couch';
import {
  ensureClientKey,
  forgetClientKey,
  NoClientKeyError,
  publishPublicKey,
  readConsultants,
  shareClientKey,
  storedClientKey,
} from './keyring';
import { readSyncSettings, writeSyncSettings } from './settings';
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
  /** Updated by the runner when it removes a client (revocation). */
  settings: SyncSettings;
  engine: Engine;
  /** Options of the local replicas (tests: the memory adapter); the browser default is IndexedDB. */
  localOptions?: EngineOptions;
  /** The local replicas' name prefix (tests: one per device, as memory databases share names). */
  replicaPrefix?: string;
  now?: () => Date;
}

export type StatusMap = ReadonlyMap<string, ClientSyncStatus>;

export interface PracticeView {
  /** The sign-in is a server admin (the practice owner). */
  admin: boolean;
  /** The clients the practice database assigns to this consultant. */
  assigned: string[];
}

export class SyncRunner {
  private statuses = new Map<string, ClientSyncStatus>();
  private listeners = new Set<() => void>();
  private locals = new Map<string, EngineDatabase>();
  private running: Promise<void> | null = null;
  /** The run after the current one, for the clients requested while it goes. */
  private following: Promise<void> | null = null;
  private requested = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private snapshot: StatusMap = new Map();

  private practiceView: PracticeView | null = null;

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
    // A client with a run requested after the current one keeps saying "Syncing…" until that run is done.
    if (this.requested.has(clientId) && status.state !== 'paused')
      status = { ...status, state: 'syncing', reason: undefined };
    this.statuses.set(clientId, status);
    this.snapshot = new Map(this.statuses);
    for (const listener of this.listeners) listener();
  }

  private paused(clientId: string): boolean {
    return this.options.settings.pausedClientIds.includes(clientId);
  }

  /**
   * Syncs every configured client that is not paused (or only `clientId`); resolves when done. A request
   * made while a run is going gets a run that starts after it (one follow-up for all such requests): the
   * running one may have pulled before the request was made (before another device pushed, before this
   * device's latest edit or conflict resolution), so joining it would drop the request.
   */
  syncNow(clientId?: string): Promise<void> {
    return this.request(this.options.settings.clientIds.filter((id) => !clientId || id === clientId));
  }

  private request(ids: string[]): Promise<void> {
    this.markSyncing(ids);
    if (!this.running) return this.run(ids);
    for (const id of ids) this.requested.add(id);
    this.following ??= this.running
      .catch(() => undefined)
      .then(() => {
        const next = this.options.settings.clientIds.filter((id) => this.requested.has(id));
        this.requested.clear();
        this.following = null;
        return this.request(next);
      });
    return this.following;
  }

  private run(ids: string[]): Promise<void> {
    this.running = (async () => {
      const couch = new Couch(this.options.settings);
      const practice = await this.readPractice(couch);
      for (const id of ids) await this.syncOne(id, couch, practice);
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** The requested clients say "Syncing…" at once (their "Sync now" waits), paused ones keep their state. */
  private markSyncing(ids: string[]) {
    for (const id of ids) {
      const before = this.statuses.get(id) ?? { state: 'pending' as const, pending: 0, conflicts: 0 };
      if (!this.paused(id) && before.state !== 'syncing')
        this.set(id, { ...before, state: 'syncing', reason: undefined });
    }
  }

  /** Syncs now and then every `intervalMs` (unless a run is going), and when the computer is back online. */
  start(intervalMs = 60_000): void {
    this.stop();
    void this.syncNow();
    this.timer = setInterval(() => void (this.running ?? this.syncNow()), intervalMs);
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
    const context = await this.keyedContext(clientId);
    return context ? listConflicts(context) : [];
  }

  /** Resolves one conflict with the user's choices, then syncs the client so every device gets the result. */
  async resolve(clientId: string, conflict: Conflict, choices: FieldChoices): Promise<void> {
    const context = await this.keyedContext(clientId);
    if (!context) throw new NoClientKeyError();
    await resolveConflict(context, conflict, choices);
    await this.syncNow(clientId);
  }

  /** What the practice database says of this sign-in (null before the first contact, or without one). */
  practice(): PracticeView | null {
    return this.practiceView;
  }

  private base(clientId: string): Omit<SyncContext, 'key'> {
    const { database, settings, engine } = this.options;
    let local = this.locals.get(clientId);
    if (!local) {
      local = new engine(
        `${this.options.replicaPrefix ?? 'caio-sync-'}${clientId}`,
        this.options.localOptions,
      );
      this.locals.set(clientId, local);
    }
    return { database, clientId, local, author: settings.username };
  }

  private async keyedContext(clientId: string): Promise<SyncContext | null> {
    const key = await storedClientKey(this.options.database, clientId);
    return key ? { ...this.base(clientId), key } : null;
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

  /** Once per run: the practice's consultants (publishing this device's public key), or null without them. */
  private async readPractice(couch: Couch): Promise<ConsultantDoc[] | null> {
    try {
      const consultants = await readConsultants(couch);
      if (consultants) await publishPublicKey(this.options.database, couch, consultants);
      const me = consultants?.find((c) => c.name === couch.username);
      const admin = consultants ? (await couch.session()).admin : false;
      const view = consultants ? { admin, assigned: me?.clients ?? [] } : null;
      if (JSON.stringify(view) !== JSON.stringify(this.practiceView)) {
        this.practiceView = view;
        for (const listener of this.listeners) listener();
      }
      return consultants;
    } catch {
      return null; // offline or refused: each client's sync says why
    }
  }

  private async syncOne(clientId: string, couch: Couch, practice: ConsultantDoc[] | null): Promise<void> {
    const before = this.statuses.get(clientId) ?? { state: 'pending', pending: 0, conflicts: 0 };
    const { database } = this.options;
    if (database.vault.mode !== 'unlocked')
      return this.set(clientId, { ...before, state: 'error', reason: tell(LOCKED) });
    const base = this.base(clientId);
    if (this.paused(clientId))
      return this.set(clientId, { ...before, state: 'paused', pending: await pendingCount(base) });
    if (before.state !== 'syncing') this.set(clientId, { ...before, state: 'syncing', reason: undefined });
    try {
      const key = await ensureClientKey(database, couch, clientId);
      if (practice) await shareClientKey(couch, clientId, key, practice);
      const context = { ...base, key };
      const report = await syncClient(context, this.remote(clientId));
      const problems = report.problems.length;
      const pending = await pendingCount(context);
      this.set(clientId, {
        state: problems ? 'error' : pending ? 'pending' : 'synced',
        reason: problems
          ? tell('{{count}} changes from the server could not be applied.', { count: problems })
          : undefined,
        pending,
        conflicts: await countConflicts(context.local),
        lastSyncedAt: (this.options.now?.() ?? new Date()).toISOString(),
      });
    } catch (error) {
      const hadIt = Boolean(await storedClientKey(database, clientId));
      if (hadIt && (await isUnassigned(couch, error, clientId))) return this.removeHere(clientId);
      const failure =
        error instanceof NoClientKeyError
          ? { state: 'error' as const, reason: error.message }
          : statusOfFailure(error);
      this.set(clientId, { ...before, ...failure, pending: await pendingCount(base) });
    }
  }

  /**
   * Revocation: the consultant was unassigned from the client. Its local replica, its key and its records
   * are removed from this device, and the settings say so until the user dismisses it.
   */
  private async removeHere(clientId: string): Promise<void> {
    const { database } = this.options;
    const name = (await database.clients.get(clientId))?.name ?? clientId;
    await this.base(clientId).local.destroy();
    this.locals.delete(clientId);
    await forgetClientKey(database, clientId);
    await deleteClientCascade(database, clientId);
    const current = (await readSyncSettings(database)) ?? this.options.settings;
    const without = (ids: string[]) => ids.filter((id) => id !== clientId);
    const next: SyncSettings = {
      ...current,
      clientIds: without(current.clientIds),
      pausedClientIds: without(current.pausedClientIds),
      removed: [...(current.removed ?? []), { clientId, name, at: new Date().toISOString() }],
    };
    await writeSyncSettings(database, next);
    this.options.settings = next;
    this.statuses.delete(clientId);
    this.snapshot = new Map(this.statuses);
    for (const listener of this.listeners) listener();
  }
}

const LOCKED = 'The workspace is locked: unlock it (sync needs encryption).';

/** A refusal that means "not assigned any more": the sign-in is valid and the practice no longer lists the client. */
async function isUnassigned(couch: Couch, error: unknown, clientId: string): Promise<boolean> {
  const status = (error as { status?: unknown } | null)?.status;
  if (status !== 401 && status !== 403) return false;
  try {
    const me = (await readConsultants(couch))?.find((c) => c.name === couch.username);
    return Boolean(me && !me.clients.includes(clientId) && (await couch.session()).name === couch.username);
  } catch {
    return false;
  }
}
