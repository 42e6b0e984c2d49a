import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/core/schema';
import { hasDemoWorkspace, removeDemoWorkspace } from '../../demo/presence';
import { trackSave } from '../../state/saveStatus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useT } from '../../state/interfaceLanguage';

/** While the demo clients are present, says so and offers to remove them (only them) in one action. */
export function DemoBanner() {
  const hasDemo = useLiveQuery(() => hasDemoWorkspace(db), []);
  const [confirming, setConfirming] = useState(false);
  const t = useT();
  if (!hasDemo) return null;
  return (
    <div className="banner" role="note">
      <p>
        <strong>{t('Demo workspace.')}</strong>{' '}
        {t(
          'The clients marked “Demo” are fictional sample data. Your own clients are kept when you remove them.',
        )}
      </p>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('Remove demo workspace')}
      </button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('Remove the demo workspace?')}
        message={t(
          'This deletes the fictional demo clients and all their records. Your own clients are not touched.',
        )}
        cancelLabel={t('Keep demo')}
        confirmLabel={t('Remove demo clients')}
        danger
        onConfirm={async () => void (await trackSave(removeDemoWorkspace(db)))}
      />
    </div>
  );
}
