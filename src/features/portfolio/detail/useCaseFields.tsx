import type { ReactNode } from 'react';
import { updateCharter, updateUseCase, updateUseCaseScore } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import {
  pilotCharterSchema,
  SCORE_LABELS,
  type PilotCharter,
  type ScoreKey,
  type UseCase,
} from '../../../domain/portfolio';
import { parseScore } from '../../../domain/shared/scoreInput';
import { AutoSaveField } from '../../../ui/AutoSaveField';
import { parseDateInput, parseNumberInput, verdictOf, type Parsed } from '../../../ui/parse';
import { useT } from '../../../state/interfaceLanguage';

/** Self-saving inputs bound to one field of a use case, its scores or its charter. */

type TextField =
  | 'title'
  | 'process'
  | 'problemStatement'
  | 'intendedUse'
  | 'outOfScopeUse'
  | 'users'
  | 'businessOwner'
  | 'projectOwner'
  | 'sponsor';

export function UseCaseTextField(props: {
  useCase: UseCase;
  field: TextField;
  label: string;
  multiline?: boolean;
  rows?: number;
  hint?: ReactNode;
}) {
  const { useCase, field, label } = props;
  const t = useT();
  const validate = (raw: string) => (field === 'title' && !raw.trim() ? t('Title is required') : null);
  return (
    <AutoSaveField
      label={label}
      value={useCase[field]}
      multiline={props.multiline}
      rows={props.rows ?? 4}
      hint={props.hint}
      validate={validate}
      save={(raw) => updateUseCase(db, useCase.id, { [field]: raw })}
    />
  );
}

export function ScoreField({
  useCase,
  scoreKey,
  hint,
}: {
  useCase: UseCase;
  scoreKey: ScoreKey;
  hint: string;
}) {
  const stored = useCase.scores[scoreKey];
  const t = useT();
  const name = t(SCORE_LABELS[scoreKey]);
  return (
    <AutoSaveField
      label={t('{{score}} (1-5)', { score: name })}
      value={stored === null ? '' : String(stored)}
      inputMode="numeric"
      hint={hint}
      className="score-field"
      validate={(raw) => {
        const parsed = parseScore(raw, name);
        return parsed.ok ? null : parsed.message;
      }}
      save={async (raw) => {
        const parsed = parseScore(raw, name);
        if (parsed.ok) await updateUseCaseScore(db, useCase.id, scoreKey, parsed.value);
      }}
    />
  );
}

type CharterKind = 'text' | 'date' | 'money';
type CharterField = Exclude<keyof PilotCharter, 'vendorEvaluationId' | 'aiSystemId'>;

function parseCharterInput(kind: CharterKind, raw: string, label: string): Parsed<unknown> {
  if (kind === 'date') return parseDateInput(raw);
  if (kind === 'money') return parseNumberInput(raw, { nullable: true, label, kind: 'money' });
  return { ok: true, value: raw };
}

/** Parses the input and checks the whole charter with it (e.g. the end date must be after the start date). */
function checkCharter(
  charter: PilotCharter,
  field: CharterField,
  kind: CharterKind,
  raw: string,
  label: string,
): Parsed<unknown> {
  const parsed = parseCharterInput(kind, raw, label);
  if (!parsed.ok) return parsed;
  const result = pilotCharterSchema.safeParse({ ...charter, [field]: parsed.value });
  if (!result.success) return { ok: false, message: result.error.issues[0].message };
  return parsed;
}

export function CharterField(props: {
  useCase: UseCase;
  field: CharterField;
  label: string;
  kind?: CharterKind;
  multiline?: boolean;
  hint?: ReactNode;
}) {
  const { useCase, field, label, kind = 'text' } = props;
  const stored = useCase.charter[field];
  return (
    <AutoSaveField
      label={label}
      value={stored === null || stored === undefined ? '' : String(stored)}
      type={kind === 'date' ? 'date' : 'text'}
      inputMode={kind === 'money' ? 'decimal' : undefined}
      multiline={props.multiline}
      rows={4}
      hint={props.hint}
      validate={(raw) => verdictOf(checkCharter(useCase.charter, field, kind, raw, label))}
      save={async (raw) => {
        const result = checkCharter(useCase.charter, field, kind, raw, label);
        if (result.ok) await updateCharter(db, useCase.id, { [field]: result.value });
      }}
    />
  );
}
