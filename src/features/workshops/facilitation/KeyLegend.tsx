import { FACILITATION_KEY_LEGEND } from '../../../domain/workshops';

/** The keys of facilitation mode, always in view (H hides them). */
export function KeyLegend() {
  return (
    <dl className="key-legend" aria-label="Keyboard shortcuts">
      {FACILITATION_KEY_LEGEND.map(({ keys, action }) => (
        <div key={keys}>
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{action}</dd>
        </div>
      ))}
    </dl>
  );
}
