import { useEffect, type CSSProperties } from 'react';
import { useParams } from 'react-router';
import { AGENDA_ACTIVITY_LABELS, IDEA_OUTCOME_LABELS, participantTotal } from '../../../domain/workshops';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import { AgendaRail } from '../stage/AgendaRail';
import { DecisionColumns } from '../stage/DecisionColumns';
import { IdeaMap, MapLegend } from '../stage/IdeaMap';
import { TimerDisplay } from '../stage/TimerDisplay';
import { AudienceIdeaList } from './AudienceIdeaList';
import { useWorkshopData, type WorkshopData } from '../useWorkshopData';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { useT } from '../../../state/interfaceLanguage';
import '../stage.css';
import '../ideas.css';
import '../facilitation.css';
import '../audience.css';

/**
 * The audience view for the projector (second window): agenda item, timer, ideas and the live map,
 * no controls and no notes. It follows the facilitator's window through the local database.
 */
export function AudienceScreen() {
  const { workshopId } = useParams();
  const data = useWorkshopData(workshopId);
  const t = useT();
  useEffect(() => {
    if (data) document.title = t('{{title}} · audience view', { title: data.workshop.title });
  }, [data, t]);
  if (data === undefined) return null;
  if (data === null)
    return <p className="audience audience--missing">{t('This workshop does not exist (any more).')}</p>;
  return <AudienceView data={data} />;
}

function AudienceView({ data }: { data: WorkshopData }) {
  const { workshop, client, ideas } = data;
  const t = useT();
  const { agendaIndex, timer, selectedIdeaId } = workshop.session;
  const item = workshop.agenda[agendaIndex];
  const selected = ideas.find((i) => i.id === selectedIdeaId);
  const activity = item.activity;

  return (
    <div
      className={`audience audience--${activity}`}
      style={{ '--brand': client.brandColor } as CSSProperties}
    >
      <header className="aud-header">
        <div className="aud-header__client">
          <ClientAvatar client={client} size={56} />
          <div>
            <span>{client.name}</span>
            <strong>{workshop.title}</strong>
          </div>
        </div>
        <div className="aud-header__item">
          <span>
            {agendaIndex + 1} / {workshop.agenda.length} · {t(AGENDA_ACTIVITY_LABELS[activity])}
          </span>
          <h1>{item.title}</h1>
        </div>
        <TimerDisplay timer={timer} itemTitle={item.title} />
      </header>
      <main className="aud-main">
        {activity === 'talk' && (
          <>
            <section className="aud-panel" aria-label={t('Agenda')}>
              <AgendaRail workshop={workshop} />
            </section>
            <section className="aud-panel aud-panel--text" aria-label={t('About this workshop')}>
              {workshop.objective && <p className="aud-objective">{workshop.objective}</p>}
              <p className="aud-facts">
                {participantTotal(workshop) > 0 && (
                  <span>{t('{{count}} participants', { count: participantTotal(workshop) })}</span>
                )}
                <span>{t('{{count}} ideas so far', { count: ideas.length })}</span>
              </p>
            </section>
          </>
        )}
        {activity === 'capture' && (
          <section className="aud-panel aud-panel--full" aria-label={t('Ideas')}>
            <AudienceIdeaList
              ideas={[...ideas].reverse()}
              selectedId={selectedIdeaId}
              layout="grid"
              showScores={false}
              label={t('Ideas')}
            />
          </section>
        )}
        {(activity === 'score' || activity === 'decide') && (
          <>
            <section className="aud-panel" aria-label={activity === 'score' ? t('Ideas') : t('Decisions')}>
              {activity === 'score' ? (
                <AudienceIdeaList
                  ideas={ideas}
                  selectedId={selectedIdeaId}
                  layout="list"
                  showScores
                  label={t('Ideas')}
                />
              ) : (
                <DecisionColumns ideas={ideas} selectedId={selectedIdeaId} />
              )}
            </section>
            <section className="aud-panel aud-map" aria-label={t('Impact / effort map')}>
              <IdeaMap
                ideas={ideas}
                brandColor={client.brandColor}
                selectedId={selectedIdeaId}
                dotRadius={20}
                fontSize={18}
                t={t}
              />
              <MapLegend t={t} />
            </section>
          </>
        )}
        {activity === 'next-steps' && (
          <>
            <section className="aud-panel aud-panel--text" aria-label={t('Next steps')}>
              <h2>{t('Next steps')}</h2>
              {workshop.nextSteps.length ? (
                <ol className="aud-steps">
                  {workshop.nextSteps.map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ol>
              ) : (
                <p className="ws-board-empty">{t('To be agreed now.')}</p>
              )}
            </section>
            <section className="aud-panel" aria-label={t('Decisions')}>
              <DecisionColumns ideas={ideas} />
            </section>
          </>
        )}
      </main>
      {selected && (activity === 'score' || activity === 'decide') && (
        <footer className="aud-focus" aria-label={t('Idea under discussion')}>
          <span className="aud-focus__number">{selected.number}</span>
          <span className="aud-focus__title">{selected.title}</span>
          <span>{t('Impact {{score}}', { score: selected.impact ?? '–' })}</span>
          <span>{t('Effort {{score}}', { score: selected.effort ?? '–' })}</span>
          {selected.votes > 0 && <span>{t('{{count}} dots', { count: selected.votes })}</span>}
          {selected.outcome !== 'open' && (
            <Badge tone={BADGE_TONES.ideaOutcome[selected.outcome]}>
              {t(IDEA_OUTCOME_LABELS[selected.outcome])}
            </Badge>
          )}
        </footer>
      )}
    </div>
  );
}
