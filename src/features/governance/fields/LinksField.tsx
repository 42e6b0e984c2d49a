import { X } from 'lucide-react';
import { useId } from 'react';
import { Link } from 'react-router';
import type { FieldDef, RegisterId } from '../../../domain/governance';
import { LINK_TARGET_LABELS, linkOptions, resolveLink, type LinkIndex } from '../registers/registerUi';
import { TierBadge } from '../TierBadge';
import { FieldShell } from './FieldShell';
import { useFieldSave } from './useFieldSave';
import { useT } from '../../../state/interfaceLanguage';

/** Links to records of other registers (or use cases): chips that open them, and a picker to add one. */
export function LinksField(props: {
  registerId: RegisterId;
  recordId: string;
  field: FieldDef;
  value: string[];
  index: LinkIndex;
}) {
  const { registerId, recordId, field, value, index } = props;
  const id = useId();
  const t = useT();
  const { error, save } = useFieldSave(registerId, recordId, field.key);
  const groups = linkOptions(index, field.linkTo ?? [], recordId)
    .map((group) => ({ ...group, items: group.items.filter((item) => !value.includes(item.id)) }))
    .filter((group) => group.items.length > 0);
  const onlyUseCases = field.linkTo?.length === 1 && field.linkTo[0] === 'useCases';
  const hint = field.hint
    ? t(field.hint)
    : onlyUseCases && groups.length === 0 && value.length === 0
      ? t("The client's use cases from the portfolio appear here.")
      : undefined;
  const label = t(field.label);

  return (
    <FieldShell id={id} label={label} hint={hint} error={error} wide={field.wide}>
      {value.length > 0 && (
        <ul className="chips" aria-label={label}>
          {value.map((linkedId) => {
            const item = resolveLink(index, linkedId, field.linkTo?.[0]);
            return (
              <li key={linkedId} className={`chip ${item.missing ? 'chip--missing' : ''}`}>
                {item.href ? <Link to={item.href}>{item.label}</Link> : <span>{item.label}</span>}
                {item.tier && <TierBadge tier={item.tier} overridden={item.overridden} />}
                <button
                  type="button"
                  className="icon-button chip__remove"
                  aria-label={t('Remove link to {{item}}', { item: item.label })}
                  onClick={() => void save(value.filter((v) => v !== linkedId))}
                >
                  <X size={14} aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {groups.length > 0 ? (
        <select
          id={id}
          value=""
          onChange={(e) => {
            if (e.target.value) void save([...value, e.target.value]);
          }}
        >
          <option value="">{t('Add a link…')}</option>
          {groups.map((group) =>
            groups.length === 1 ? (
              group.items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))
            ) : (
              <optgroup key={group.target} label={t(LINK_TARGET_LABELS[group.target])}>
                {group.items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.label}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      ) : (
        value.length === 0 && (
          <p className="muted" id={id}>
            {t('Nothing to link yet.')}
          </p>
        )
      )}
    </FieldShell>
  );
}
