import { LOCKED_TITLE } from '../../../../src/features/vault/vaultControl';
import { AUTO_BACKUP_REASON_LABELS } from '../../../../src/domain/backup';
import { HANDOVER_CATEGORY_TEXT } from '../../../../src/domain/handover/allowList';
import { DOCUMENT_TABLES } from '../../../../src/domain/handover/documentTables';
import { CSV_SEPARATOR_LABELS } from '../../../../src/features/backup/CsvSeparatorField';
import { tablePresentations } from '../../../../src/db/core/tables';
import { db } from '../../../../src/db/core/schema';
import {
  MAP_TARGET_INFO,
  QUESTION_TYPE_LABELS,
  TEMPLATE_KIND_LABELS,
  TRAINING_STEPS,
} from '../../../../src/domain/questionnaires';
import { TABLE_LABELS } from '../../../../src/features/questionnaires/ResponsesList';

/** The labels backup, vault and questionnaires translate with `t(LABELS[value])`. */
export const LABEL_KEYS = [
  LOCKED_TITLE,
  ...Object.values(AUTO_BACKUP_REASON_LABELS),
  ...Object.values(CSV_SEPARATOR_LABELS),
  ...Object.values(HANDOVER_CATEGORY_TEXT).flatMap((c) => [c.label, c.hint]),
  // The registers the handover preview lists, and every table's name in the import preview and the CSV card.
  ...DOCUMENT_TABLES.map((t) => t.title),
  // The handover document's column headers and register introductions, in the client's report language.
  ...DOCUMENT_TABLES.flatMap((t) => [...t.columns.map((c) => c.label), ...(t.intro ? [t.intro] : [])]),
  'Client profile',
  ...[...tablePresentations(db).values()].map((p) => p.label),
  // Questionnaires: kinds, answer types, where answers go, and the registers a response went into.
  ...Object.values(TEMPLATE_KIND_LABELS),
  ...Object.values(QUESTION_TYPE_LABELS),
  ...Object.values(MAP_TARGET_INFO).map((m) => m.label),
  ...Object.values(TRAINING_STEPS),
  ...Object.values(TABLE_LABELS),
];
