import { useNavigate } from 'react-router';
import { deleteUseCase } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import type { UseCase } from '../../../domain/portfolio';
import { trackSave } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';

export function DeleteUseCaseDialog({ useCase, kpiCount, open, onOpenChange }: { useCase: UseCase; kpiCount: number; open: boolean; onOpenChange(open: boolean): void }) {
  const navigate = useNavigate();
  const remove = async () => {
    await trackSave(deleteUseCase(db, useCase.id));
    onOpenChange(false);
    navigate(`/clients/${useCase.clientId}/portfolio?view=table`);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete “${useCase.title}”?`}
      description={`The use case is removed with its charter, ${kpiCount} KPI${kpiCount === 1 ? '' : 's'} and their measurements, and its gate decisions. To keep the record but end the work, move it to Stopped or Parked instead.`}
    >
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => onOpenChange(false)}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void remove()}>
          Delete use case
        </button>
      </div>
    </Dialog>
  );
}
