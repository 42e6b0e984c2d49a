import type { BackupProblem } from '../../domain/backup';

/** Why a file was refused, every reason listed, and the reassurance that nothing changed. */
export function ProblemList({ title, problems }: { title: string; problems: BackupProblem[] }) {
  return (
    <div className="backup-problems" role="alert">
      <strong>{title}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
      <p>Nothing in your workspace was changed.</p>
    </div>
  );
}
