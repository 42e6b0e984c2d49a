import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { themesOf } from '../../../domain/workshops';
import { startFacilitation } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { IdeaDialog } from '../ideas/IdeaDialog';
import { useIdeaDecision } from '../ideas/useIdeaDecision';
import { audienceBlockedMessage, enterFullscreen, exitFullscreen, openAudienceView } from '../openAudience';
import { IdeaBoard } from '../stage/IdeaBoard';
import { useWorkshopData, type WorkshopData } from '../useWorkshopData';
import { workshopPath } from '../workshopLinks';
import { CaptureBar } from './CaptureBar';
import { FacilitationHeader } from './FacilitationHeader';
import { DeleteIdeaDialog, ThemeDialog } from './IdeaDialogs';
import { KeyLegend } from './KeyLegend';
import { ScoreOrderSwitch } from './ScoreOrderSwitch';
import { SidePanel, VoteBudgetLine } from './SidePanel';
import { useFacilitationCommands } from './useFacilitationCommands';
import { useFacilitationKeys } from './useFacilitationKeys';
import { useInterfaceWording, useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';
import '../stage.css';
import '../ideas.css';
import '../facilitation.css';
import '../audience.css';

/** Facilitation mode: full screen, large type, driven from the keyboard. Outside the app frame. */
export function FacilitationScreen() {
  const { clientId, workshopId } = useParams();
  const data = useWorkshopData(workshopId, clientId);
  const t = useT();
  if (data === undefined) return null;
  if (data === null) {
    return (
      <div className="facilitation facilitation--missing">
        <h1>{t('This workshop does not exist')}</h1>
        <Link to={clientId ? `/clients/${clientId}/workshops` : '/'}>{t('Back to workshops')}</Link>
      </div>
    );
  }
  return <FacilitationView data={data} />;
}

type OpenDialog = 'edit' | 'theme' | 'delete' | null;

function FacilitationView({ data }: { data: WorkshopData }) {
  const { workshop, client, ideas } = data;
  const { t } = useInterfaceWording();
  const navigate = useNavigate();
  const captureRef = useRef<HTMLInputElement>(null);
  const ideasRef = useRef<HTMLElement>(null);
  const focusIdeas = () =>
    (ideasRef.current?.querySelector<HTMLElement>('[role="listbox"]') ?? ideasRef.current)?.focus();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [legend, setLegend] = useState(true);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const say = (text: string | null, error = false) => setMessage(text ? { text, error } : null);
  const decision = useIdeaDecision(data.portfolio, say, focusIdeas);

  const commands = useFacilitationCommands({
    data,
    say,
    focusCapture: () => captureRef.current?.focus(),
    openDialog: setDialog,
    decide: decision.decide,
    openAudience: () =>
      openAudienceView(workshop.id)
        ? say(t('Audience view opened in its own window.'))
        : say(audienceBlockedMessage(), true),
    toggleFullscreen: () =>
      void (document.fullscreenElement
        ? exitFullscreen()
        : enterFullscreen().then(
            (ok) => !ok && say(t('Full screen is not available here; the screen works the same without it.')),
          )),
    toggleLegend: () => setLegend((v) => !v),
    leave: () => {
      void exitFullscreen();
      navigate(workshopPath(client.id, workshop.id));
    },
  });
  const pending = useFacilitationKeys({
    run: commands.run,
    hasSelection: () => ideas.some((i) => i.id === commands.selectedId()),
    blocked: dialog !== null || decision.offering,
    onNoSelection: () => say(t('Select an idea first: ↑ ↓ or click it.'), true),
  });

  useEffect(() => {
    void startFacilitation(db, workshop.id).catch(() => undefined);
  }, [workshop.id]);
  useEffect(() => {
    document.title = t('{{title}} · facilitation · {{client}}', {
      title: workshop.title,
      client: client.name,
    });
  }, [workshop.title, client.name, t]);

  const activity = workshop.agenda[workshop.session.agendaIndex]?.activity ?? 'talk';
  const selected = ideas.find((i) => i.id === workshop.session.selectedIdeaId);
  const themes = themesOf(ideas);
  const processes = [...new Set(ideas.map((i) => i.process).filter(Boolean))].sort();
  const people = [
    ...new Set([
      ...workshop.participants.map((p) => p.name),
      ...ideas.map((i) => i.proposer).filter(Boolean),
    ]),
  ].sort();
  const prompt = pending && selected ? pendingPrompt(pending, selected.number, selected.impact, t) : null;

  return (
    <div className="facilitation" style={{ '--brand': client.brandColor } as CSSProperties}>
      <FacilitationHeader data={data} run={commands.run} />
      <main className="fac-main">
        <section className="fac-ideas" aria-labelledby="fac-ideas-title" ref={ideasRef} tabIndex={-1}>
          <div className="fac-ideas__bar">
            <h2 id="fac-ideas-title">
              {t('Ideas')} <span className="fac-count">{ideas.length}</span>
            </h2>
            <VoteBudgetLine data={data} />
            <ScoreOrderSwitch session={workshop.session} run={commands.run} />
            {prompt && (
              <p className="score-prompt" aria-live="assertive">
                {prompt}
              </p>
            )}
          </div>
          <IdeaBoard
            ideas={ideas}
            selectedId={workshop.session.selectedIdeaId}
            onSelect={commands.select}
            label={t('Ideas')}
          />
        </section>
        <SidePanel data={data} activity={activity} />
      </main>
      <CaptureBar
        ref={captureRef}
        workshopId={workshop.id}
        processes={processes}
        people={people}
        say={say}
        returnFocus={focusIdeas}
        onCaptured={(idea) => commands.select(idea.id)}
      />
      <p
        className={`fac-message ${message?.error ? 'fac-message--error' : ''}`}
        role={message?.error ? 'alert' : 'status'}
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
      {legend && <KeyLegend />}
      {dialog === 'edit' && selected && (
        <IdeaDialog idea={selected} themes={themes} open onOpenChange={(open) => !open && setDialog(null)} />
      )}
      {dialog === 'theme' && selected && (
        <ThemeDialog idea={selected} themes={themes} onClose={() => setDialog(null)} say={say} />
      )}
      {decision.dialog}
      {dialog === 'delete' && selected && (
        <DeleteIdeaDialog idea={selected} onClose={() => setDialog(null)} say={say} />
      )}
    </div>
  );
}

function pendingPrompt(
  pending: NonNullable<ReturnType<typeof useFacilitationKeys>>,
  number: number,
  impact: number | null,
  t: Translate,
): string {
  if (pending === 'impact') return t('#{{number}} Impact: type 1 to 5', { number });
  if (pending === 'effort') return t('#{{number}} Effort: type 1 to 5', { number });
  return t('#{{number}} Impact {{impact}} · Effort: type 1 to 5', { number, impact: impact ?? '' });
}
