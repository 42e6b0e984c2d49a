import { useEffect } from 'react';
import { db } from '../../db/core/schema';
import { readVaultMeta } from '../../db/vault/vault';
import { lockNow } from './vaultControl';

/** Ctrl/⌘+Shift+L locks on demand (also the sidebar button). */
export function isLockShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key'>,
): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'l';
}

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** While unlocked: the shortcut, and the idle lock after the minutes set in the vault (0 = never). */
export function useAppLock(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let timer: number | undefined;
    let idleMs = 0;
    let cancelled = false;
    const arm = () => {
      window.clearTimeout(timer);
      if (idleMs > 0) timer = window.setTimeout(lockNow, idleMs);
    };
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < 1000) return; // pointer moves come in hundreds a second
      last = now;
      arm();
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      lockNow();
    };
    const load = () =>
      void readVaultMeta(db).then((meta) => {
        if (cancelled) return;
        idleMs = (meta?.idleMinutes ?? 0) * 60_000;
        arm();
      });
    load();
    window.addEventListener('keydown', onKey);
    window.addEventListener('caio-vault-settings', load);
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('caio-vault-settings', load);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
    };
  }, [active]);
}
