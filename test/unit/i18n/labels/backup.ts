import { LOCKED_TITLE } from '../../../../src/features/vault/vaultControl';

/** The labels backup, vault and questionnaires translate with `t(LABELS[value])`. */
export const LABEL_KEYS = [LOCKED_TITLE];
