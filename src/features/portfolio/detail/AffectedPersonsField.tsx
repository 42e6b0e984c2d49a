import { X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { updateUseCase } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import type { UseCase } from '../../../domain/portfolio';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';
import { SUGGESTIONS } from '../labels';

/** Groups affected by the output, as removable chips; type a group and press Enter or Add. */
export function AffectedPersonsField({ useCase }: { useCase: UseCase }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const groups = useCase.affectedPersons;

  const save = (next: string[]) => {
    setError(null);
    trackSave(updateUseCase(db, useCase.id, { affectedPersons: next })).catch((err: unknown) =>
      setError(describeWriteError(err)),
    );
  };
  const add = () => {
    const value = draft.trim();
    if (!value) return;
    if (groups.some((g) => g.toLowerCase() === value.toLowerCase())) {
      setError(t('“{{value}}” is already listed', { value }));
      return;
    }
    save([...groups, value]);
    setDraft('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <div className={`field field--wide ${error ? 'field--invalid' : ''}`}>
      <label htmlFor="uc-affected">{t('Affected persons')}</label>
      {groups.length > 0 && (
        <ul className="chips" aria-label={t('Affected persons')}>
          {groups.map((g) => (
            <li key={g} className="chip">
              {g}
              <button
                type="button"
                className="icon-button chip__remove"
                aria-label={t('Remove {{name}}', { name: g })}
                onClick={() => save(groups.filter((x) => x !== g))}
              >
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="chips__add">
        <input
          id="uc-affected"
          list="uc-affected-suggestions"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKey}
          aria-describedby="uc-affected-hint"
        />
        <datalist id="uc-affected-suggestions">
          {SUGGESTIONS.map((s) => t(s))
            .filter((s) => !groups.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <button type="button" className="button" onClick={add}>
          {t('Add')}
        </button>
      </div>
      <p className="field__hint" id="uc-affected-hint">
        {t('People the output is about or who feel its effects, e.g. candidates, employees, customers.')}
      </p>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
