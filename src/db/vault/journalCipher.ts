import { fromBase64, openText, sealText, toBase64 } from '../../domain/vault/aead';
import type { JournalCipher } from '../core/editJournal';
import type { VaultSession } from './session';

/** The edit journal's cipher in a vault: sealed with the workspace key (see `editJournal.ts`). */
export function journalCipherFor(session: VaultSession): JournalCipher {
  const aad = 'caio-desk edit journal';
  return {
    seal: (text) => toBase64(sealText(session.workspaceKey(), text, aad)),
    open: (sealed) => openText(session.workspaceKey(), fromBase64(sealed), aad),
  };
}
