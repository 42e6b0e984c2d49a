import { CheckCircle2, FileDown, MonitorPlay, Play, RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { workshopStatus } from '../../domain/workshops';
import { deleteWorkshop, finishWorkshop } from '../../db/workshops/workshops';
import { db } from '../../db/core/schema';
import { platform } from '../../platform';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { audienceBlockedMessage, audienceUrl, enterFullscreen, openAudienceView } from './openAudience';
import type { WorkshopData } from './useWorkshopData';
import { facilitationPath, printRoute, summaryFileName } from './workshopLinks';
import { useT } from '../../state/interfaceLanguage';

/** Run, project, export, close or delete a workshop. */
export function WorkshopActions({ data }: { data: WorkshopData }) {
  const { workshop, client, ideas } = data;
  const navigate = useNavigate();
  const t = useT();
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
    else setMessage({ text: audienceBlockedMessage(), error: true, link: audienceUrl(workshop.id) });
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
            ? t('Opened the print view: choose “Save as PDF”.')
            : t('Saved {{location}}', { location: result.location }),
        error: false,
      });
    else if (result.reason === 'failed')
      setMessage({
        text: t('Not saved: {{reason}}.', { reason: result.message ?? t('the file could not be written') }),
        error: true,
      });
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
          <Play size={16} aria-hidden />{' '}
          {status === 'planned' ? t('Start facilitation') : t('Resume facilitation')}
        </button>
        <button type="button" className="button" onClick={audience}>
          <MonitorPlay size={16} aria-hidden /> {t('Open audience view')}
        </button>
        <button type="button" className="button" onClick={() => void exportPdf()}>
          <FileDown size={16} aria-hidden /> {t('Export summary PDF')}
        </button>
        {status === 'held' ? (
          <button type="button" className="button button--quiet" onClick={() => void finish(true)}>
            <RotateCcw size={16} aria-hidden /> {t('Reopen workshop')}
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => void finish(false)}>
            <CheckCircle2 size={16} aria-hidden /> {t('Mark as held')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet button--danger"
          onClick={() => setDeleting(true)}
        >
          <Trash2 size={16} aria-hidden /> {t('Delete')}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'field__error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}{' '}
          {message.link && (
            <a href={message.link} target="_blank" rel="noreferrer">
              {t('Audience view')}
            </a>
          )}
        </p>
      )}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={t('Delete this workshop?')}
        message={t('“{{title}}” and its {{count}} ideas will be deleted.', {
          title: workshop.title,
          count: ideas.length,
        })}
        confirmLabel={t('Delete workshop')}
        danger
        onConfirm={remove}
      >
        <p>
          {converted > 0
            ? t('The {{count}} use cases created from its ideas stay in {{client}}’s portfolio.', {
                count: converted,
                client: client.name,
              })
            : t('No use cases were created from it.')}
        </p>
      </ConfirmDialog>
    </div>
  );
}
