import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { todayIso } from '../../domain/portfolio';
import { checkNewWorkshopTitle, createWorkshop } from '../../db/workshops/workshops';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';
import { workshopPath } from './workshopLinks';

/** Plans a new workshop (title and date); the default agenda comes with it. Opens its plan. */
export function NewWorkshopDialog({ clientId, clientName, open, onOpenChange }: { clientId: string; clientName: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkNewWorkshopTitle(title);
    if (problem) return setError(problem);
    try {
      const workshop = await trackSave(createWorkshop(db, clientId, { title, date }));
      onOpenChange(false);
      setTitle('');
      navigate(workshopPath(clientId, workshop.id));
    } catch (err) {
      setError(describeWriteError(err));
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Plan a workshop" description={`For ${clientName}. It starts with the default agenda; you can change everything afterwards.`}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="new-workshop-title">Title</label>
          <input id="new-workshop-title" value={title} autoFocus aria-invalid={error ? true : undefined} onChange={(e) => (setTitle(e.target.value), setError(null))} placeholder="e.g. Where can AI help us?" />
        </div>
        <div className="field">
          <label htmlFor="new-workshop-date">Date</label>
          <input id="new-workshop-date" type="date" value={date} onChange={(e) => (setDate(e.target.value), setError(null))} />
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create workshop
          </button>
        </div>
      </form>
    </Dialog>
  );
}
