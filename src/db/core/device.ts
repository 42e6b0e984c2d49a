import { newId } from './ids';

/**
 * This device's identity in the change log: a stable random id and a sequence number that only grows,
 * so a later multi-device sync can replicate every entry exactly once and in order. Both live in
 * localStorage (read and written synchronously); without storage they live for the session.
 */

const DEVICE_KEY = 'caio-desk.device-id';
const SEQ_KEY = 'caio-desk.device-seq';
const memory = new Map<string, string>();

function store(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Fall through to memory.
  }
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
}

export function deviceId(): string {
  const s = store();
  let id = s.getItem(DEVICE_KEY);
  if (!id) {
    id = newId();
    s.setItem(DEVICE_KEY, id);
  }
  return id;
}

/** The next sequence number of this device (1, 2, 3...). */
export function nextDeviceSeq(): number {
  const s = store();
  const next = (Number(s.getItem(SEQ_KEY)) || 0) + 1;
  s.setItem(SEQ_KEY, String(next));
  return next;
}
