import { z } from 'zod';
import {
  AUTO_BACKUP_REASONS,
  type AutoBackupEntry,
  type AutoBackupReason,
} from '../domain/backup/autoBackups';
import { MAX_BACKUP_BYTES } from '../domain/backup/format';
import { isSafeFileName } from '../domain/shared/fileName';

/**
 * The contract between the renderer and the desktop shell: the only way the UI reaches Electron.
 * The preload implements `PlatformApi` over IPC; `src/platform/browser.ts` implements it with web APIs
 * so the same UI runs (and is tested) in plain Chromium. Shared by both sides, so it must stay free of
 * React, DOM and Node APIs.
 */

/** Name of the object the preload exposes on `window`. */
export const API_GLOBAL = 'caioDesk';

/** Every IPC channel the app uses. Nothing else is ever sent or handled. */
export const IPC = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  printToPdf: 'report:print-to-pdf',
  openExternal: 'shell:open-external',
  menuCommand: 'menu:command',
  listAutoBackups: 'backup:list-auto',
  writeAutoBackup: 'backup:write-auto',
  readAutoBackup: 'backup:read-auto',
  rememberVaultKey: 'vault:remember-key',
  recallVaultKey: 'vault:recall-key',
  forgetVaultKey: 'vault:forget-key',
  allowSyncOrigin: 'sync:allow-origin',
  allowHandoverOrigin: 'handover:allow-origin',
  setMenuLanguage: 'menu:set-language',
} as const;

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['new-client', 'switch-client', 'go-home', 'open-help'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** The languages of the native menu: the interface's (`LANGUAGES` in src/domain/shared/language.ts). */
export const menuLanguageSchema = z.enum(['en', 'nl']);
export type MenuLanguage = z.infer<typeof menuLanguageSchema>;

export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,8}$/i))
    .min(1)
    .max(8),
});

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine(isSafeFileName, 'File name contains characters that are not allowed'),
  data: z.union([
    z.string().max(MAX_SAVE_BYTES),
    z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_SAVE_BYTES),
  ]),
  filters: z.array(fileFilterSchema).max(5).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

export const printToPdfRequestSchema = z.object({
  suggestedName: saveFileRequestSchema.shape.suggestedName,
  /** Hash route of the print view inside the app, e.g. `#/print/report/abc`. */
  route: z.string().regex(/^#\/print\/[A-Za-z0-9/_-]{1,200}$/),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

export const externalUrlSchema = z.string().max(2048);

export const writeAutoBackupRequestSchema = z.object({
  reason: z.enum(AUTO_BACKUP_REASONS),
  json: z.string().min(2).max(MAX_BACKUP_BYTES),
});
export type WriteAutoBackupRequest = { reason: AutoBackupReason; json: string };
export const autoBackupNameSchema = z.string().regex(/^caio-desk-auto-[0-9TZ-]{24}-[a-z-]{5,16}\.json$/);
export type { AutoBackupEntry };

/** A sync server's origin (checked again by the shell), or null to turn sync off. */
export const syncOriginSchema = z.string().max(300).nullable();

/** A vault master key as base64 (32 bytes): the only thing `rememberVaultKey` accepts. */
export const vaultKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export type SaveResult =
  { saved: true; location: string } | { saved: false; reason: 'cancelled' | 'failed'; message?: string };

export interface AppInfo {
  name: string;
  version: string;
  platform: 'desktop' | 'browser';
}

/** The typed API the renderer uses for everything outside the web page. */
export interface PlatformApi {
  appInfo(): Promise<AppInfo>;
  /** Asks the user where to save, then writes the file. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Renders an in-app print route to a 16:9 PDF and saves it (desktop), or opens the print dialog (browser). */
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
  /** Opens an http(s) link in the system browser. */
  openExternal(url: string): Promise<boolean>;
  /** Automatic backups in the app's data folder, newest first (empty in a browser). */
  listAutoBackups(): Promise<AutoBackupEntry[]>;
  /** Writes an automatic backup and deletes the oldest beyond the kept number; null where unsupported (browser). */
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<AutoBackupEntry | null>;
  /** The JSON text of one automatic backup, by its listed name. */
  readAutoBackup(name: string): Promise<string>;
  /**
   * Desktop: keeps the vault's master key wrapped by the operating system (Electron `safeStorage`), so
   * the next start does not ask for the passphrase. False where the OS cannot protect it (a browser;
   * Linux without a keyring, where safeStorage would use its `basic_text` backend): then the passphrase is required.
   */
  rememberVaultKey(keyBase64: string): Promise<boolean>;
  /** The key kept by `rememberVaultKey`, or null. */
  recallVaultKey(): Promise<string | null>;
  /** Forgets the kept key (the app was locked: the next start asks for the passphrase). */
  forgetVaultKey(): Promise<void>;
  /**
   * Lets the app connect to the configured sync server's origin (CSP `connect-src` from the next page
   * load, and the desktop request filter at once), or with null to nothing again. False when refused:
   * not an HTTPS origin (HTTP only on loopback), or, in a browser, not the page's own origin.
   */
  allowSyncOrigin(origin: string | null): Promise<boolean>;
  /**
   * Lets the app connect to a client's own CouchDB for a handover by replication, for its duration only (the
   * desktop request filter at once, CSP `connect-src` from the next page load; at most 30 minutes, not kept),
   * or with null to nothing again. The same rule as `allowSyncOrigin`.
   */
  allowHandoverOrigin(origin: string | null): Promise<boolean>;
  /** Writes the native menu in the interface's language (the desktop app; nothing in a browser). */
  setMenuLanguage(lang: MenuLanguage): Promise<void>;
  /** Subscribes to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The exact names the preload exposes: tested, so nothing generic can slip in. */
export const PLATFORM_API_KEYS = [
  'appInfo',
  'saveFile',
  'printToPdf',
  'openExternal',
  'listAutoBackups',
  'writeAutoBackup',
  'readAutoBackup',
  'rememberVaultKey',
  'recallVaultKey',
  'forgetVaultKey',
  'allowSyncOrigin',
  'allowHandoverOrigin',
  'setMenuLanguage',
  'onMenuCommand',
] as const satisfies readonly (keyof PlatformApi)[];
