import { fileName } from './fileName';
/**
 * Identifies a document file by its content (never by its name) and checks its size: used for
 * evidence files, when attached and when a backup or client file is imported. Accepted: PDF, PNG,
 * JPEG, Word/Excel/PowerPoint (Office Open XML) and plain UTF-8 text (also CSV, Markdown).
 */

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

export const DOCUMENT_TYPES = {
  'application/pdf': { label: 'PDF', extension: 'pdf' },
  'image/png': { label: 'PNG image', extension: 'png' },
  'image/jpeg': { label: 'JPEG image', extension: 'jpg' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word document',
    extension: 'docx',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel workbook',
    extension: 'xlsx',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    label: 'PowerPoint file',
    extension: 'pptx',
  },
  'text/plain': { label: 'Text file', extension: 'txt' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export type DocumentCheck =
  | { ok: true; mimeType: DocumentType }
  | { ok: false; problem: 'empty' | 'tooLarge' | 'type'; message: string };

const ACCEPTED = 'Use a PDF, PNG, JPEG, Word, Excel, PowerPoint or plain-text file.';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

function latin1(bytes: Uint8Array, limit: number): string {
  let text = '';
  for (let i = 0; i < Math.min(bytes.length, limit); i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function officeType(bytes: Uint8Array): DocumentType | null {
  const head = latin1(bytes, 256 * 1024);
  if (!head.includes('[Content_Types].xml')) return null;
  if (head.includes('word/'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (head.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (head.includes('ppt/'))
    return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return null;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function checkDocumentFile(bytes: Uint8Array, limit = MAX_EVIDENCE_BYTES): DocumentCheck {
  if (bytes.byteLength === 0) return { ok: false, problem: 'empty', message: 'This file is empty.' };
  if (bytes.byteLength > limit) {
    return {
      ok: false,
      problem: 'tooLarge',
      message: `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${limit / 1024 / 1024} MB. Attach a smaller file, or add a link to where it is kept.`,
    };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, mimeType: 'application/pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, mimeType: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mimeType: 'image/jpeg' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const office = officeType(bytes);
    return office
      ? { ok: true, mimeType: office }
      : {
          ok: false,
          problem: 'type',
          message: `This ZIP file is not a Word, Excel or PowerPoint document. ${ACCEPTED}`,
        };
  }
  if (isPlainText(bytes)) return { ok: true, mimeType: 'text/plain' };
  return {
    ok: false,
    problem: 'type',
    message: `This kind of file is not accepted as evidence. ${ACCEPTED}`,
  };
}

/** A download name that carries the extension of the type found, whatever the stored name says. */
export function downloadName(name: string, mimeType: DocumentType): string {
  const { extension } = DOCUMENT_TYPES[mimeType];
  const base = name.replace(/\.[A-Za-z0-9]{1,8}$/, '') || 'evidence';
  return fileName(base, extension);
}
