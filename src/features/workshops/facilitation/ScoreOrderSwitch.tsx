import {
  SCORE_ORDER_LABELS,
  scoreOrderOf,
  type FacilitationAction,
  type FacilitationSession,
} from '../../../domain/workshops';
import { useT } from '../../../state/interfaceLanguage';

/** Says on screen where the selection goes after two digits, and switches it (also the S key). */
export function ScoreOrderSwitch({
  session,
  run,
}: {
  session: FacilitationSession;
  run: (action: FacilitationAction) => unknown;
}) {
  const t = useT();
  const order = scoreOrderOf(session);
  return (
    <p className="score-order">
      {t('After scoring:')} <strong>{t(SCORE_ORDER_LABELS[order])}</strong>{' '}
      <button
        type="button"
        className="fac-button fac-button--small"
        aria-pressed={order === 'unscored'}
        onClick={() => void run({ type: 'toggle-score-order' })}
      >
        {t('Skip scored ideas (S)')}
      </button>
    </p>
  );
}
