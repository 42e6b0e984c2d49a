import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createUseCase, ValidationError } from '../../db/portfolio';
import { db } from '../../db/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';

/** Captures a new idea (title required) and opens its detail page to fill in the rest. */
export function NewUseCaseDialog({ clientId, open, onOpenChange }: { clientId: string; open: boolean; onOpenChange(open: boolean): void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [process, setProcess] = useState('');
  const [owner, setOwner] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setTitle('');
    setProcess('');
    setOwner('');
    setProblem('');
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError('Give the use case a title, e.g. "Drafting job postings".');
      return;
    }
    try {
      const created = await trackSave(createUseCase(db, clientId, { title, process, businessOwner: owner, problemStatement: problem }));
      reset();
      onOpenChange(false);
      navigate(`/clients/${clientId}/portfolio/${created.id}`);
    } catch (err) {
      setError(err instanceof ValidationError ? err.message : describeWriteError(err));
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) reset();
        onOpenChange(next);
      }}
      title="New use case"
      description="It starts as an idea. You can score it, write a charter and add KPIs on its page."
    >
      <form onSubmit={submit} noValidate>
        <div className={`field ${error ? 'field--invalid' : ''}`}>
          <label htmlFor="uc-new-title">Title</label>
          <input id="uc-new-title" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'uc-new-error' : undefined} autoFocus />
          {error && (
            <p className="field__error" id="uc-new-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="uc-new-process">Business process / department</label>
          <input id="uc-new-process" value={process} onChange={(e) => setProcess(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="uc-new-owner">Business owner</label>
          <input id="uc-new-owner" value={owner} onChange={(e) => setOwner(e.target.value)} aria-describedby="uc-new-owner-hint" />
          <p className="field__hint" id="uc-new-owner-hint">
            The accountable person on the client side. Without one the use case is parked and cannot go past assessment.
          </p>
        </div>
        <div className="field">
          <label htmlFor="uc-new-problem">Problem statement</label>
          <textarea id="uc-new-problem" rows={3} value={problem} onChange={(e) => setProblem(e.target.value)} />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create use case
          </button>
        </div>
      </form>
    </Dialog>
  );
}
