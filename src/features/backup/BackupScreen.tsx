import { useState } from 'react';
import type { ImportAnalysis } from '../../db/backup/import';
import { PageHeader } from '../../ui/PageHeader';
import { AutoBackupsCard } from './AutoBackupsCard';
import { CsvExportCard } from './CsvExportCard';
import { HandoverCard } from './HandoverCard';
import { ImportFileCard } from './ImportFileCard';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { usePlatformKind } from './usePlatformKind';
import { WorkspaceBackupCard } from './WorkspaceBackupCard';
import { VaultCard } from '../vault/VaultCard';
import { SyncCard } from '../sync/SyncCard';
import './backup.css';
import { useT } from '../../state/interfaceLanguage';

/** Backup & restore: whole-workspace backups, restore and import with a preview, handover, CSV. */
export function BackupScreen() {
  const t = useT();
  const platformKind = usePlatformKind();
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  return (
    <div className="page backup-page">
      <PageHeader
        title={t('Backup & restore')}
        subtitle={t(
          'Your whole practice lives on this computer. Keep copies elsewhere, and hand clients their registers when they move on.',
        )}
      />
      {done && (
        <p className="banner backup-done" role="status">
          {done}
        </p>
      )}
      <div className="backup-grid">
        <WorkspaceBackupCard platformKind={platformKind} />
        <ImportFileCard
          onAnalysed={(a) => {
            setDone(null);
            setAnalysis(a);
          }}
        />
        <HandoverCard />
        <AutoBackupsCard platformKind={platformKind} onAnalysed={setAnalysis} refreshKey={refreshKey} />
        <CsvExportCard />
        <VaultCard />
        <SyncCard />
      </div>
      {analysis && (
        <ImportPreviewDialog
          analysis={analysis}
          platformKind={platformKind}
          onClose={(message) => {
            setAnalysis(null);
            if (message) setDone(message);
            setRefreshKey((k) => k + 1);
          }}
        />
      )}
    </div>
  );
}
