import type { StageMoveBlocker } from '../../../domain/portfolio';
import { useT } from '../../../state/interfaceLanguage';

/**
 * What stops a stage move, as the user is choosing it (and after a refused attempt).
 * The charter's missing items are listed one per line.
 */
export function MoveChecks({ blockers, refused }: { blockers: StageMoveBlocker[]; refused: boolean }) {
  const t = useT();
  if (blockers.length === 0) return null;
  return (
    <section
      className={`move-checks ${refused ? 'move-checks--refused' : ''}`}
      aria-labelledby="move-checks-title"
      aria-live="polite"
    >
      <h3 id="move-checks-title">
        {refused ? t('This move was refused') : t('Before this move can happen')}
      </h3>
      <ul>
        {blockers.map((b) => (
          <li key={b.code}>
            {b.code === 'charter-incomplete' && b.missing ? (
              <>
                {t('The pilot charter is incomplete. Still missing:')}
                <ul className="move-checks__missing" aria-label={t('Missing from the charter')}>
                  {b.missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            ) : (
              b.message
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
