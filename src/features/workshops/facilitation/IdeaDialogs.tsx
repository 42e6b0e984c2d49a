import { useState } from 'react';
import { validateIdeaField, type WorkshopIdea } from '../../../domain/workshops';
import { deleteIdea, updateIdeaField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { offerUndo } from '../../../state/undoStore';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormActionButton, FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../../ui/fields/TextField';

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
  const save = async (value: string) => {
    const checked = validateIdeaField('theme', value);
    if (!checked.ok) return { field: 'theme', message: checked.message };
    try {
      await trackSave(updateIdeaField(db, idea.id, 'theme', value));
      say(
        checked.value ? `#${idea.number} grouped under “${checked.value}”` : `#${idea.number} has no theme`,
      );
    } catch (err) {
      return { field: 'theme', message: describeWriteError(err) };
    }
  };
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Theme for #${idea.number}`}
      description={idea.title}
      submitLabel="Save theme"
      onSubmit={() => save(theme)}
    >
      <TextField
        name="theme"
        label="Theme"
        value={theme}
        onChange={setTheme}
        suggestions={themes}
        hint="Enter saves; an empty theme ungroups the idea."
        autoFocus
      />
      {themes.length > 0 && (
        <div className="button-row" role="group" aria-label="Existing themes">
          {themes.map((t) => (
            <FormActionButton key={t} onRun={() => save(t)}>
              {t}
            </FormActionButton>
          ))}
        </div>
      )}
    </FormDialog>
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
