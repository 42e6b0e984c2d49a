import type { LibraryControl } from '../../domain/controls';
import { AutoSaveField, type AutoSaveFieldProps } from '../../ui/AutoSaveField';
import type { Translate } from '../../domain/shared/language';

/** What a client's control and a library control both describe, and edit the same way. */
type ControlText = Pick<
  LibraryControl,
  'title' | 'ownerRole' | 'evidenceExpected' | 'reviewIntervalMonths' | 'description'
>;
type Extra = Partial<Omit<AutoSaveFieldProps, 'label' | 'value' | 'save' | 'validate'>>;

/**
 * The self-saving fields of a control's own text (title, owner role, evidence expected, review interval,
 * description), one function each, for the screen to place in its layout (with `extra` props of its own).
 */
export function controlFields(
  control: ControlText,
  save: (patch: Partial<ControlText>) => Promise<unknown>,
  t: Translate,
) {
  const text =
    (label: string, key: 'ownerRole' | 'evidenceExpected' | 'description', multiline?: boolean) =>
    (extra?: Extra) => (
      <AutoSaveField
        label={label}
        multiline={multiline}
        value={control[key]}
        save={(raw) => save({ [key]: raw })}
        {...extra}
      />
    );
  return {
    title: (extra?: Extra) => (
      <AutoSaveField
        label={t('Title')}
        value={control.title}
        save={(raw) => save({ title: raw })}
        validate={(raw) => (raw.trim() ? null : t('Enter the control title'))}
        {...extra}
      />
    ),
    ownerRole: text(t('Suggested owner role'), 'ownerRole'),
    evidenceExpected: text(t('Evidence expected'), 'evidenceExpected'),
    reviewInterval: (extra?: Extra) => (
      <AutoSaveField
        label={t('Review interval (months)')}
        type="number"
        value={String(control.reviewIntervalMonths)}
        validate={(raw) =>
          /^\d+$/.test(raw.trim()) && Number(raw) >= 1 && Number(raw) <= 36
            ? null
            : t('The review interval must be a whole number of months from 1 to 36')
        }
        save={(raw) => save({ reviewIntervalMonths: Number(raw) })}
        {...extra}
      />
    ),
    description: text(t('Description'), 'description', true),
  };
}
