import { FACILITATION_KEY_LEGEND } from '../../../domain/workshops';
import { useT } from '../../../state/interfaceLanguage';

/** The keys of facilitation mode, always in view (H hides them). */
export function KeyLegend() {
  const t = useT();
  return (
    <dl className="key-legend" aria-label={t('Keyboard shortcuts')}>
      {FACILITATION_KEY_LEGEND.map(({ keys, action }) => (
        <div key={keys}>
          <dt>
            <kbd>{t(keys)}</kbd>
          </dt>
          <dd>{t(action)}</dd>
        </div>
      ))}
    </dl>
  );
}
