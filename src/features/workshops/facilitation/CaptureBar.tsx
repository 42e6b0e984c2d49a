import { Plus } from 'lucide-react';
import { forwardRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { WorkshopIdea } from '../../../domain/workshops';
import { addIdea } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { useT } from '../../../state/interfaceLanguage';

interface CaptureBarProps {
  workshopId: string;
  processes: string[];
  people: string[];
  onCaptured: (idea: WorkshopIdea) => void;
  /** Called as soon as Enter is pressed: focus goes back to the ideas list, so single keys work again. */
  returnFocus: () => void;
  say: (text: string | null, error?: boolean) => void;
}

/**
 * Capture as fast as people talk: N, type the idea, Enter; N, the next one. Enter empties the fields
 * and returns focus to the ideas list, so the next N is a command and never text in the title.
 * Process and proposer are optional, Tab reaches them; the lists suggest earlier values and the
 * participants' names. Esc leaves the field without saving.
 */
export const CaptureBar = forwardRef<HTMLInputElement, CaptureBarProps>(function CaptureBar(
  { workshopId, processes, people, onCaptured, returnFocus, say },
  titleRef,
) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [process, setProcess] = useState('');
  const [proposer, setProposer] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return say(t('Type the idea first, then press Enter.'), true);
    const captured = { title, process, proposer };
    setTitle('');
    setProcess('');
    setProposer('');
    returnFocus();
    try {
      const idea = await trackSave(addIdea(db, workshopId, captured));
      say(t('Saved idea #{{number}}: {{title}}', { number: idea.number, title: idea.title }));
      onCaptured(idea);
    } catch (err) {
      // Put the text back so nothing said in the room is lost.
      setTitle((now) => now || captured.title);
      setProcess((now) => now || captured.process);
      setProposer((now) => now || captured.proposer);
      say(describeWriteError(err), true);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      returnFocus();
    }
  };

  return (
    <form className="capture-bar" onSubmit={submit} aria-label={t('Capture an idea')} noValidate>
      <div className="capture-bar__field capture-bar__field--title">
        <label htmlFor="capture-title">{t('New idea')}</label>
        <input
          id="capture-title"
          ref={titleRef}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t('Type an idea and press Enter')}
          autoComplete="off"
        />
      </div>
      <div className="capture-bar__field">
        <label htmlFor="capture-process">{t('Process or department')}</label>
        <input
          id="capture-process"
          list="capture-process-list"
          value={process}
          onChange={(e) => setProcess(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      </div>
      <div className="capture-bar__field">
        <label htmlFor="capture-proposer">{t('Proposer')}</label>
        <input
          id="capture-proposer"
          list="capture-proposer-list"
          value={proposer}
          onChange={(e) => setProposer(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="fac-button fac-button--primary">
        <Plus aria-hidden /> {t('Add idea')}
      </button>
      <datalist id="capture-process-list">
        {processes.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id="capture-proposer-list">
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </form>
  );
});
