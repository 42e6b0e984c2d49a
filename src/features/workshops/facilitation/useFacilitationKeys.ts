import { useEffect, useRef, useState } from 'react';
import { facilitationKey, type FacilitationAction, type PendingScore } from '../../../domain/workshops';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isButtonKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return (
    (event.key === ' ' || event.key === 'Enter') &&
    Boolean(target?.closest('button, a, [role="radio"], [role="tab"]'))
  );
}

/**
 * The facilitation keyboard, on the whole window: keys typed into a field belong to the field, keys
 * on a focused button to the button, and nothing happens while a dialog is open. Returns the
 * "waiting for a score" state for display.
 */
export function useFacilitationKeys(options: {
  run: (action: FacilitationAction) => unknown;
  hasSelection: () => boolean;
  blocked: boolean;
  onNoSelection: () => void;
}): PendingScore {
  const [pending, setPending] = useState<PendingScore>(null);
  const pendingRef = useRef<PendingScore>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { run, hasSelection, blocked, onNoSelection } = latest.current;
      if (event.defaultPrevented || blocked || isTyping(event.target) || isButtonKey(event)) return;
      const result = facilitationKey(event, pendingRef.current);
      if (result.action.type === 'none') return;
      // Holding an arrow walks through the ideas; any other held key acts once.
      if (event.repeat && result.action.type !== 'select') return event.preventDefault();
      event.preventDefault();
      const needsIdea = result.action.type === 'score' || result.action.type === 'await-score';
      const next = needsIdea && !hasSelection() ? null : result.pending;
      pendingRef.current = next;
      setPending(next);
      if (needsIdea && !hasSelection()) return onNoSelection();
      void run(result.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return pending;
}
