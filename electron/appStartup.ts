import { createAppProtocolHandler } from './appProtocol';
import { APP_SCHEME } from './security';
import { lockDownSession, type RequestDecision, type SessionLike } from './sessionPolicy';

/**
 * The order the app starts in, over injected Electron parts (a unit test passes fakes and watches the
 * request log): the `app://` protocol and the session rules (request filter, permissions, spellchecker
 * dictionaries from `app://`) come first, then the IPC handlers and the menu, and only then a window.
 */

export interface ProtocolLike {
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void;
}

export interface StartupDeps {
  protocol: ProtocolLike;
  session: SessionLike;
  rendererDir: string;
  readFile(filePath: string): Promise<Uint8Array>;
  isTrusted(url: string): boolean;
  /** The configured sync server's origin and a handover's (`syncOrigin.ts`), or null: none. */
  syncOrigin?(): string | null | readonly (string | null)[];
  /** Every request the filter cancelled (written to the console by main.ts). */
  logBlocked(decision: RequestDecision): void;
  registerIpc(): void;
  setMenu(): void;
  openMainWindow(): Promise<unknown>;
}

export async function startApp(deps: StartupDeps): Promise<void> {
  const syncOrigin = () => deps.syncOrigin?.() ?? null;
  deps.protocol.handle(APP_SCHEME, createAppProtocolHandler(deps.rendererDir, deps.readFile, syncOrigin));
  lockDownSession(deps.session, deps.isTrusted, deps.logBlocked, syncOrigin);
  deps.registerIpc();
  deps.setMenu();
  await deps.openMainWindow();
}
