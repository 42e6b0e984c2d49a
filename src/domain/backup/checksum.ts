/** SHA-256 of a text as lowercase hex, with Web Crypto (present in browsers, Electron and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexOfParts([text]);
}

/**
 * SHA-256 (hex) of the texts one after another, as of their concatenation, without ever building that
 * concatenation as a string: each part is encoded straight into one byte buffer (a backup's tables are tens of
 * megabytes; joining them first would hold a second copy of the text on the JavaScript heap).
 */
export async function sha256HexOfParts(parts: readonly string[]): Promise<string> {
  const encoder = new TextEncoder();
  let units = 0;
  for (const part of parts) units += part.length;
  // Mostly ASCII: one byte per unit, with room for some wider characters; grown when a part does not fit.
  let bytes = new Uint8Array(units + (units >> 3) + 16);
  let length = 0;
  for (const part of parts) {
    let read = 0;
    while (read < part.length) {
      const done = encoder.encodeInto(part.slice(read), bytes.subarray(length));
      read += done.read;
      length += done.written;
      if (read < part.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, length + (part.length - read) * 3));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
    }
  }
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes.subarray(0, length));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
