import { useNavigate } from 'react-router';
import { deleteUseCase } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import type { UseCase } from '../../../domain/portfolio';
import { trackSave } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useT } from '../../../state/interfaceLanguage';

export function DeleteUseCaseDialog({
  useCase,
  kpiCount,
  open,
  onOpenChange,
}: {
  useCase: UseCase;
  kpiCount: number;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const remove = async () => {
    await trackSave(deleteUseCase(db, useCase.id));
    navigate(`/clients/${useCase.clientId}/portfolio?view=table`);
  };
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('Delete “{{title}}”?', { title: useCase.title })}
      message={t(
        'The use case is removed with its charter, {{count}} KPIs and their measurements, and its gate decisions. To keep the record but end the work, move it to Stopped or Parked instead.',
        { count: kpiCount },
      )}
      confirmLabel={t('Delete use case')}
      danger
      onConfirm={remove}
    />
  );
}
