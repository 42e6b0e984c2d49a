/**
 * Work that must happen before the page goes away: when it is hidden (another app, a closed lid, a
 * minimised window: the browser may discard it without another event) or unloaded (reload, close).
 * Fields register a flush that hands any edit not yet accepted by the write path to it; the write
 * path journals synchronously, so what was handed over is replayed at the next start if IndexedDB did
 * not finish. Flushes must be synchronous up to their journal write.
 */
const flushes = new Set<() => void>();

/** Registers a flush; returns the function that removes it (call it when the field unmounts). */
export function onPageHide(flush: () => void): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export function flushBeforePageHide(): void {
  for (const flush of flushes) {
    try {
      flush();
    } catch {
      // One field's failure must not keep the others from being flushed.
    }
  }
}

/** Listens for `pagehide` and for `visibilitychange` to hidden; returns the function that stops listening. */
export function installPageHideFlush(win: Window = window): () => void {
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') flushBeforePageHide();
  };
  win.addEventListener('pagehide', flushBeforePageHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', flushBeforePageHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
