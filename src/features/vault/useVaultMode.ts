import { useSyncExternalStore } from 'react';
import { db } from '../../db/core/schema';
import type { VaultMode } from '../../db/vault/session';

/** This window's vault mode: off (no vault), locked, unlocked. */
export function useVaultMode(): VaultMode {
  return useSyncExternalStore(
    (listener) => db.vault.subscribe(listener),
    () => db.vault.mode,
  );
}
