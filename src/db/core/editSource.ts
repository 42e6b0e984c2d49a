/**
 * Where an edit comes from, read synchronously by the write path when it is called: typing in a field
 * (consecutive keystrokes extend one history entry) or a deliberate action (always its own entry).
 */
let typing = false;

export function whileTyping<T>(write: () => T): T {
  typing = true;
  try {
    return write();
  } finally {
    typing = false;
  }
}

export function isTyping(): boolean {
  return typing;
}
