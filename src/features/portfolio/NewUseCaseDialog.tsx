import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createUseCase, ValidationError } from '../../db/portfolio/useCases';
import { db } from '../../db/core/schema';
import { todayIso } from '../../domain/portfolio';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';

/** Captures a new idea (title required) and opens its detail page to fill in the rest. */
export function NewUseCaseDialog({ clientId, open, onOpenChange }: { clientId: string; open: boolean; onOpenChange(open: boolean): void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [process, setProcess] = useState('');
  const [owner, setOwner] = useState('');
  const [problem, setProblem] = useState('');
  const [since, setSince] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setTitle('');
    setProcess('');
    setOwner('');
    setProblem('');
    setSince(todayIso());
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError('Give the use case a title, e.g. "Drafting job postings".');
      return;
    }
    if (!since || since > todayIso()) {
      setError('The idea was recorded today or on an earlier day: choose a date that is not in the future.');
      return;
    }
    try {
      const created = await trackSave(createUseCase(db, clientId, { title, process, businessOwner: owner, problemStatement: problem, date: since }));
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
        <div className="field">
          <label htmlFor="uc-new-since">Idea recorded on</label>
          <input id="uc-new-since" type="date" value={since} max={todayIso()} onChange={(e) => setSince(e.target.value)} aria-describedby="uc-new-since-hint" />
          <p className="field__hint" id="uc-new-since-hint">
            For work that started before you used CAIO Desk: later stage moves can then be dated from this day on (a pilot that started in September).
          </p>
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
