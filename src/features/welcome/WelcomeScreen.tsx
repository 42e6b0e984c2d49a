import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DEMO_CLIENT_IDS } from '../../demo/ids';
import { db } from '../../db/core/schema';
import { setSetting, SETTING_KEYS } from '../../db/core/settings';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import './welcome.css';
import { ErrorText } from '../../ui/FieldMessages';
import { InterfaceLanguageSelect } from '../../ui/LocaleSelect';
import { useT } from '../../state/interfaceLanguage';

/** First launch with an empty database: explore the demo, or start empty. */
export function WelcomeScreen() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();

  const choose = async (demo: boolean) => {
    setBusy(true);
    try {
      await trackSave(
        (async () => {
          // The demo's records are fetched only when asked for (they are not part of the first screen).
          if (demo) await (await import('../../demo/workspace')).loadDemoWorkspace(db);
          await setSetting(db, SETTING_KEYS.welcomeDone, true);
        })(),
      );
      navigate(demo ? `/clients/${DEMO_CLIENT_IDS.staffing}` : '/');
    } catch (err) {
      setError(describeWriteError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="welcome">
      <img src="./icon.svg" alt="" width={64} height={64} />
      <h1>{t('Welcome to CAIO Desk')}</h1>
      <p className="welcome__lead">
        {t(
          'Your desk as a fractional Chief AI Officer: set priorities, guide pilots, evaluate vendors, keep governance registers and report to each client’s board. Everything stays on this computer and works offline.',
        )}
      </p>
      <div className="welcome__choices">
        <button
          type="button"
          className="welcome__choice welcome__choice--primary"
          disabled={busy}
          onClick={() => choose(true)}
        >
          <strong>{t('Explore the demo workspace')}</strong>
          <span>
            {t(
              'Three fictional clients: a staffing firm with three AI pilots, an accountancy practice starting out, and a manufacturer with AI in production. Remove it in one click later.',
            )}
          </span>
        </button>
        <button type="button" className="welcome__choice" disabled={busy} onClick={() => choose(false)}>
          <strong>{t('Start empty')}</strong>
          <span>{t('Begin with your own first client.')}</span>
        </button>
      </div>
      <ErrorText>{error}</ErrorText>
      <div className="welcome__language">
        <InterfaceLanguageSelect />
      </div>
    </div>
  );
}
