import { useState, type FormEvent } from 'react';
import { validateIdeaField, type WorkshopIdea } from '../../../domain/workshops';
import { deleteIdea, updateIdeaField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { offerUndo } from '../../../state/undoStore';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Dialog } from '../../../ui/Dialog';

/** T: put the selected idea under a theme (type a new one or pick an existing one). */
export function ThemeDialog({
  idea,
  themes,
  onClose,
  say,
}: {
  idea: WorkshopIdea;
  themes: string[];
  onClose: () => void;
  say: (text: string, error?: boolean) => void;
}) {
  const [theme, setTheme] = useState(idea.theme);
  const [error, setError] = useState<string | null>(null);
  const save = async (value: string) => {
    const checked = validateIdeaField('theme', value);
    if (!checked.ok) return setError(checked.message);
    try {
      await trackSave(updateIdeaField(db, idea.id, 'theme', value));
      say(
        checked.value ? `#${idea.number} grouped under “${checked.value}”` : `#${idea.number} has no theme`,
      );
      onClose();
    } catch (err) {
      setError(describeWriteError(err));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(theme);
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Theme for #${idea.number}`}
      description={idea.title}
    >
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="theme-input">Theme</label>
          <input
            id="theme-input"
            list="theme-options"
            value={theme}
            autoFocus
            onChange={(e) => (setTheme(e.target.value), setError(null))}
            aria-invalid={error ? true : undefined}
          />
          <datalist id="theme-options">
            {themes.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <p className="field__hint">Enter saves; an empty theme ungroups the idea.</p>
        </div>
        {themes.length > 0 && (
          <div className="button-row" role="group" aria-label="Existing themes">
            {themes.map((t) => (
              <button key={t} type="button" className="button" onClick={() => void save(t)}>
                {t}
              </button>
            ))}
          </div>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save theme
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Del: remove the selected idea after confirmation (its use case, if any, stays in the portfolio). Focus starts on the safe choice, so Enter keeps it. */
export function DeleteIdeaDialog({
  idea,
  onClose,
  say,
}: {
  idea: WorkshopIdea;
  onClose: () => void;
  say: (text: string, error?: boolean) => void;
}) {
  const remove = async () => {
    try {
      const deletion = await trackSave(deleteIdea(db, idea.id));
      offerUndo(`Idea #${idea.number} deleted.`, deletion?.id);
      say(`Deleted idea #${idea.number}`);
    } catch (err) {
      say(describeWriteError(err), true);
      return describeWriteError(err);
    }
  };
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Delete idea #${idea.number}?`}
      message={idea.title}
      cancelLabel="Keep it"
      confirmLabel="Delete idea"
      danger
      onConfirm={remove}
    >
      {idea.useCaseId && <p>Its use case stays in the portfolio.</p>}
    </ConfirmDialog>
  );
}
