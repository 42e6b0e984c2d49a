import type { CaioDatabase } from './schema';

/** Small workspace-wide settings (not client data). Keys are listed here so they stay in one place. */
export const SETTING_KEYS = {
  /** The user chose "demo" or "start empty" on the welcome screen. */
  welcomeDone: 'welcomeDone',
} as const;

export async function getSetting<T>(database: CaioDatabase, key: string, fallback: T): Promise<T> {
  const row = await database.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(database: CaioDatabase, key: string, value: unknown): Promise<void> {
  await database.settings.put({ key, value });
}
