import {
  SCORE_ORDER_LABELS,
  scoreOrderOf,
  type FacilitationAction,
  type FacilitationSession,
} from '../../../domain/workshops';

/** Says on screen where the selection goes after two digits, and switches it (also the S key). */
export function ScoreOrderSwitch({
  session,
  run,
}: {
  session: FacilitationSession;
  run: (action: FacilitationAction) => unknown;
}) {
  const order = scoreOrderOf(session);
  return (
    <p className="score-order">
      After scoring: <strong>{SCORE_ORDER_LABELS[order]}</strong>{' '}
      <button
        type="button"
        className="fac-button fac-button--small"
        aria-pressed={order === 'unscored'}
        onClick={() => void run({ type: 'toggle-score-order' })}
      >
        Skip scored ideas (S)
      </button>
    </p>
  );
}
