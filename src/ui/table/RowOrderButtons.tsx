import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { IconButton } from '../IconButton';
import { useT } from '../../state/interfaceLanguage';

/** The buttons of an editable list's row: move it up, move it down, remove it (named after the row). */
export function RowOrderButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
  canRemove = true,
}: {
  /** What the row is called in the buttons' names ("Move Welcome up"). */
  name: string;
  index: number;
  count: number;
  onMove(index: number, delta: -1 | 1): void;
  onRemove(): void;
  canRemove?: boolean;
}) {
  const t = useT();
  return (
    <>
      <IconButton
        label={t('Move {{name}} up', { name })}
        icon={ArrowUp}
        disabled={index === 0}
        onClick={() => onMove(index, -1)}
      />
      <IconButton
        label={t('Move {{name}} down', { name })}
        icon={ArrowDown}
        disabled={index === count - 1}
        onClick={() => onMove(index, 1)}
      />
      <IconButton
        label={t('Remove {{name}}', { name })}
        icon={Trash2}
        disabled={!canRemove}
        onClick={onRemove}
      />
    </>
  );
}
