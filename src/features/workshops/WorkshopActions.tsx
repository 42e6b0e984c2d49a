import { CheckCircle2, FileDown, MonitorPlay, Play, RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { workshopStatus } from '../../domain/workshops';
import { deleteWorkshop, finishWorkshop } from '../../db/workshops/workshops';
import { db } from '../../db/core/schema';
import { platform } from '../../platform';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { AUDIENCE_BLOCKED_MESSAGE, audienceUrl, enterFullscreen, openAudienceView } from './openAudience';
import type { WorkshopData } from './useWorkshopData';
import { facilitationPath, printRoute, summaryFileName } from './workshopLinks';

/** Run, project, export, close or delete a workshop. */
export function WorkshopActions({ data }: { data: WorkshopData }) {
  const { workshop, client, ideas } = data;
  const navigate = useNavigate();
  const [message, setMessage] = useState<{ text: string; error: boolean; link?: string } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const status = workshopStatus(workshop);

  const facilitate = () => {
    // Full screen needs the click itself; the facilitation screen works without it too.
    void enterFullscreen();
    navigate(facilitationPath(client.id, workshop.id));
  };
  const audience = () => {
    if (openAudienceView(workshop.id)) setMessage(null);
    else setMessage({ text: AUDIENCE_BLOCKED_MESSAGE, error: true, link: audienceUrl(workshop.id) });
  };
  const exportPdf = async () => {
    setMessage(null);
    const result = await platform.printToPdf({
      suggestedName: summaryFileName(client.shortName || client.name, workshop.title, workshop.date),
      route: printRoute(workshop.id),
    });
    if (result.saved)
      setMessage({
        text:
          result.location === 'print dialog'
            ? 'Opened the print view: choose “Save as PDF”.'
            : `Saved ${result.location}`,
        error: false,
      });
    else if (result.reason === 'failed')
      setMessage({ text: `Not saved: ${result.message ?? 'the file could not be written'}.`, error: true });
  };
  const finish = (reopen: boolean) =>
    trackSave(finishWorkshop(db, workshop.id, reopen)).catch((err) =>
      setMessage({ text: describeWriteError(err), error: true }),
    );
  const remove = async () => {
    try {
      await trackSave(deleteWorkshop(db, workshop.id));
      navigate(`/clients/${client.id}/workshops`);
    } catch (err) {
      setMessage({ text: describeWriteError(err), error: true });
    }
  };
  const converted = ideas.filter((i) => i.useCaseId).length;

  return (
    <div className="workshop-actions">
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={facilitate}>
          <Play size={16} aria-hidden /> {status === 'planned' ? 'Start facilitation' : 'Resume facilitation'}
        </button>
        <button type="button" className="button" onClick={audience}>
          <MonitorPlay size={16} aria-hidden /> Open audience view
        </button>
        <button type="button" className="button" onClick={() => void exportPdf()}>
          <FileDown size={16} aria-hidden /> Export summary PDF
        </button>
        {status === 'held' ? (
          <button type="button" className="button button--quiet" onClick={() => void finish(true)}>
            <RotateCcw size={16} aria-hidden /> Reopen workshop
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => void finish(false)}>
            <CheckCircle2 size={16} aria-hidden /> Mark as held
          </button>
        )}
        <button
          type="button"
          className="button button--quiet button--danger"
          onClick={() => setDeleting(true)}
        >
          <Trash2 size={16} aria-hidden /> Delete
        </button>
      </div>
      {message && (
        <p className={message.error ? 'field__error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}{' '}
          {message.link && (
            <a href={message.link} target="_blank" rel="noreferrer">
              Audience view
            </a>
          )}
        </p>
      )}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete this workshop?"
        message={`“${workshop.title}” and its ${ideas.length} ideas will be deleted.`}
        confirmLabel="Delete workshop"
        danger
        onConfirm={remove}
      >
        <p>
          {converted > 0
            ? `The ${converted} use case(s) created from its ideas stay in ${client.name}'s portfolio.`
            : 'No use cases were created from it.'}
        </p>
      </ConfirmDialog>
    </div>
  );
}
