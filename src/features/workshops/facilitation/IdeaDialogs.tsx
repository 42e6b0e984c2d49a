import { useState } from 'react';
import { validateIdeaField, type WorkshopIdea } from '../../../domain/workshops';
import { deleteIdea, updateIdeaField } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { offerUndo } from '../../../state/undoStore';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormActionButton, FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../../ui/fields/TextField';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  const [theme, setTheme] = useState(idea.theme);
  const save = async (value: string) => {
    const checked = validateIdeaField('theme', value);
    if (!checked.ok) return { field: 'theme', message: checked.message };
    try {
      await trackSave(updateIdeaField(db, idea.id, 'theme', value));
      say(
        checked.value
          ? t('#{{number}} grouped under “{{theme}}”', { number: idea.number, theme: checked.value })
          : t('#{{number}} has no theme', { number: idea.number }),
      );
    } catch (err) {
      return { field: 'theme', message: describeWriteError(err) };
    }
  };
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('Theme for #{{number}}', { number: idea.number })}
      description={idea.title}
      submitLabel={t('Save theme')}
      onSubmit={() => save(theme)}
    >
      <TextField
        name="theme"
        label={t('Theme')}
        value={theme}
        onChange={setTheme}
        suggestions={themes}
        hint={t('Enter saves; an empty theme ungroups the idea.')}
        autoFocus
      />
      {themes.length > 0 && (
        <div className="button-row" role="group" aria-label={t('Existing themes')}>
          {themes.map((existing) => (
            <FormActionButton key={existing} onRun={() => save(existing)}>
              {existing}
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
  const t = useT();
  const remove = async () => {
    try {
      const deletion = await trackSave(deleteIdea(db, idea.id));
      offerUndo(t('Idea #{{number}} deleted.', { number: idea.number }), deletion?.id);
      say(t('Deleted idea #{{number}}', { number: idea.number }));
    } catch (err) {
      say(describeWriteError(err), true);
      return describeWriteError(err);
    }
  };
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('Delete idea #{{number}}?', { number: idea.number })}
      message={idea.title}
      cancelLabel={t('Keep it')}
      confirmLabel={t('Delete idea')}
      danger
      onConfirm={remove}
    >
      {idea.useCaseId && <p>{t('Its use case stays in the portfolio.')}</p>}
    </ConfirmDialog>
  );
}
