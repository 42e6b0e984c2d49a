import type { BackupProblem } from '../../domain/backup';
import { useT } from '../../state/interfaceLanguage';

/** Why a file was refused, every reason listed, and the reassurance that nothing changed. */
export function ProblemList({ title, problems }: { title: string; problems: BackupProblem[] }) {
  const t = useT();
  return (
    <div className="backup-problems" role="alert">
      <strong>{title}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
      <p>{t('Nothing in your workspace was changed.')}</p>
    </div>
  );
}
