import { QUADRANT_LABELS } from '../../../domain/portfolio';
import {
  IDEA_OUTCOME_LABELS,
  agendaSchedule,
  firstOf,
  ideaQuadrant,
  participantTotal,
  rankIdeas,
  type IdeaOutcome,
  type SummaryPage,
  type WorkshopIdea,
} from '../../../domain/workshops';
import {
  consultantSignature,
  signatureLine,
  type ConsultantProfile,
} from '../../../domain/consultant/profile';
import { ClientAvatar } from '../../../ui/ClientAvatar';
import { IdeaMap, MapLegend } from '../stage/IdeaMap';
import type { WorkshopData } from '../useWorkshopData';
import type { Translate } from '../../../domain/shared/language';
import { summaryWords, WorkshopSlideFrame, type WorkshopSlideProps } from './WorkshopSlideFrame';

type Props = WorkshopSlideProps & { data: WorkshopData; consultant: ConsultantProfile };

/** Who facilitated: the workshop's own facilitator, else the consultant from the profile. */
const facilitatorOf = (workshop: Props['workshop'], consultant: ConsultantProfile) =>
  workshop.facilitator || consultant.name;

export function TitleSlide(props: Props) {
  const { workshop, client, consultant } = props;
  const people = participantTotal(workshop);
  const facilitator = facilitatorOf(workshop, consultant);
  const { t, day } = summaryWords(client);
  const meta = [
    people ? t('{{count}} participants', { count: people }) : '',
    workshop.location,
    facilitator ? t('Facilitated by {{name}}', { name: facilitator }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <WorkshopSlideFrame {...props} title={t('Title')} bare>
      <div className="title-slide">
        <ClientAvatar client={client} size={120} />
        <h1>{workshop.title}</h1>
        <p className="title-slide__subtitle">
          {client.name} · {t('workshop summary')} · {day(workshop.date)}
        </p>
        {meta && <p className="title-slide__meta">{meta}</p>}
        {consultant.logo && (
          <img
            className="title-slide__consultant-logo"
            src={consultant.logo}
            alt={t('{{name}} logo', { name: consultant.company || consultant.name })}
          />
        )}
      </div>
    </WorkshopSlideFrame>
  );
}

export function AgendaSlide(props: Props) {
  const { workshop } = props;
  const people = firstOf(workshop.participants, 16);
  const { t } = summaryWords(props.client);
  return (
    <WorkshopSlideFrame {...props} title={t('Agenda and participants')}>
      {workshop.objective && <p className="ws-objective">{workshop.objective}</p>}
      <div className="two-columns">
        <div>
          <h3>{t('Agenda')}</h3>
          <table className="ws-table">
            <tbody>
              {agendaSchedule(workshop.agenda, workshop.startTime).map(({ item, starts }) => (
                <tr key={item.id}>
                  <td className="ws-table__muted">{starts ?? ''}</td>
                  <td>{item.title}</td>
                  <td className="num">{t('{{minutes}} min', { minutes: item.minutes })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('Participants ({{total}})', { total: participantTotal(workshop) || t('not recorded') })}</h3>
          {workshop.participants.length ? (
            <ul className="ws-people">
              {people.shown.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong>
                  {p.role && <span className="muted"> · {p.role}</span>}
                </li>
              ))}
              {people.more > 0 && (
                <li className="muted">{t('and {{count}} more', { count: people.more })}</li>
              )}
            </ul>
          ) : (
            <p className="muted">
              {workshop.participantCount
                ? t('{{count}} colleagues took part.', { count: workshop.participantCount })
                : t('Names were not recorded.')}
            </p>
          )}
        </div>
      </div>
    </WorkshopSlideFrame>
  );
}

export function IdeasSlide(props: Props & { page: Extract<SummaryPage, { kind: 'ideas' }>; title: string }) {
  const { page } = props;
  const { t } = summaryWords(props.client);
  if (page.ideas.length === 0) {
    return (
      <WorkshopSlideFrame {...props} title={props.title}>
        <p className="slide__empty">{t('No ideas were captured.')}</p>
      </WorkshopSlideFrame>
    );
  }
  return (
    <WorkshopSlideFrame {...props} title={props.title}>
      <p className="muted ws-note">
        {t(
          'Best first: quick wins, then strategic bets, fill-ins and time sinks; impact and effort from 1 to 5.',
        )}
      </p>
      <table className="ws-table ws-table--ideas">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('Idea')}</th>
            <th>{t('Theme')}</th>
            <th className="num">{t('Impact')}</th>
            <th className="num">{t('Effort')}</th>
            <th className="num">{t('Dots')}</th>
            <th>{t('Decision')}</th>
          </tr>
        </thead>
        <tbody>
          {page.ideas.map((idea) => (
            <tr key={idea.id}>
              <td className="num">{idea.number}</td>
              <td>
                <strong>{idea.title}</strong>
                {(idea.process || idea.proposer) && (
                  <div className="ws-table__muted">
                    {[idea.process, idea.proposer].filter(Boolean).join(' · ')}
                  </div>
                )}
              </td>
              <td>{idea.theme}</td>
              <td className="num">{idea.impact ?? '–'}</td>
              <td className="num">{idea.effort ?? '–'}</td>
              <td className="num">{idea.votes || ''}</td>
              <td className={`ws-outcome ws-outcome--${idea.outcome}`}>
                {t(IDEA_OUTCOME_LABELS[idea.outcome])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </WorkshopSlideFrame>
  );
}

export function MapSlide(props: Props) {
  const { ideas, client } = props.data;
  const scored = rankIdeas(ideas).filter((i) => ideaQuadrant(i) !== null);
  const legend = firstOf(scored, 16);
  const { t } = summaryWords(client);
  return (
    <WorkshopSlideFrame {...props} title={t('Impact / effort map')}>
      {scored.length === 0 ? (
        <p className="slide__empty">{t('No idea was scored on impact and effort.')}</p>
      ) : (
        <div className="ws-map-slide">
          <div>
            <IdeaMap
              ideas={ideas}
              brandColor={client.brandColor}
              width={680}
              height={500}
              dotRadius={16}
              fontSize={15}
              t={t}
            />
            <MapLegend t={t} />
          </div>
          <ol className="ws-idea-map__legend">
            {legend.shown.map((idea) => (
              <li key={idea.id}>
                <span className="ws-idea-map__legend__number">{idea.number}</span> {idea.title}{' '}
                <span className="muted">· {t(QUADRANT_LABELS[ideaQuadrant(idea)!])}</span>
              </li>
            ))}
            {legend.more > 0 && (
              <li className="muted">
                {t('and {{count}} more (see the ideas slides)', { count: legend.more })}
              </li>
            )}
          </ol>
        </div>
      )}
    </WorkshopSlideFrame>
  );
}

/** The use case's current title for a converted idea; a merged idea keeps its own and names the use case. */
function decidedTitle(idea: WorkshopIdea, outcome: IdeaOutcome, data: WorkshopData, t: Translate): string {
  const useCase = outcome === 'use-case' && idea.useCaseId ? data.useCases.get(idea.useCaseId) : undefined;
  if (!useCase) return idea.title;
  return useCase.workshopIdeaId === idea.id
    ? useCase.title
    : t('{{idea}} (merged into “{{useCase}}”)', { idea: idea.title, useCase: useCase.title });
}

function DecisionList({
  ideas,
  outcome,
  limit,
  data,
}: {
  ideas: WorkshopIdea[];
  outcome: IdeaOutcome;
  limit: number;
  data: WorkshopData;
}) {
  const list = firstOf(ideas, limit);
  const { t } = summaryWords(data.client);
  return (
    <section className={`ws-decision ws-decision--${outcome}`}>
      <h3>
        {t(IDEA_OUTCOME_LABELS[outcome])} ({ideas.length})
      </h3>
      {ideas.length === 0 ? (
        <p className="muted">{t('None')}</p>
      ) : (
        <ul>
          {list.shown.map((idea) => (
            <li key={idea.id}>
              <strong>
                #{idea.number} {decidedTitle(idea, outcome, data, t)}
              </strong>
              {outcome === 'use-case' && (
                <span className="muted">
                  {' '}
                  ·{' '}
                  {t('impact {{impact}}, effort {{effort}}', {
                    impact: idea.impact ?? '–',
                    effort: idea.effort ?? '–',
                  })}
                  {idea.votes ? `, ${t('{{count}} dots', { count: idea.votes })}` : ''}
                </span>
              )}
              {idea.decisionNote && <div className="ws-decision__note">{idea.decisionNote}</div>}
            </li>
          ))}
          {list.more > 0 && <li className="muted">{t('and {{count}} more', { count: list.more })}</li>}
        </ul>
      )}
    </section>
  );
}

export function DecisionsSlide(props: Props) {
  const ranked = rankIdeas(props.data.ideas);
  const of = (o: IdeaOutcome) => ranked.filter((i) => i.outcome === o);
  const open = of('open');
  const { t } = summaryWords(props.client);
  return (
    <WorkshopSlideFrame {...props} title={t('Decisions')}>
      <div className="ws-decisions">
        <DecisionList ideas={of('use-case')} outcome="use-case" limit={5} data={props.data} />
        <DecisionList ideas={of('parked')} outcome="parked" limit={6} data={props.data} />
        <DecisionList ideas={of('dropped')} outcome="dropped" limit={6} data={props.data} />
      </div>
      {open.length > 0 && (
        <p className="muted ws-note">
          {t('Not decided yet: {{list}}.', { list: open.map((i) => `#${i.number}`).join(', ') })}
        </p>
      )}
      {of('use-case').length > 0 && (
        <p className="ws-note">
          {t(
            'Ideas that become use cases are now in the AI portfolio at stage Idea; they are assessed before any pilot starts.',
          )}
        </p>
      )}
    </WorkshopSlideFrame>
  );
}

export function NextStepsSlide(props: Props) {
  const { workshop, consultant } = props;
  const signature = consultantSignature(consultant);
  const { t } = summaryWords(props.client);
  return (
    <WorkshopSlideFrame {...props} title={t('Next steps')}>
      {workshop.nextSteps.length ? (
        <ol className="ws-steps">
          {workshop.nextSteps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      ) : (
        <p className="slide__empty">{t('Next steps will follow.')}</p>
      )}
      <p className="ws-thanks">
        {t('Thank you for your ideas.')}
        {signature
          ? ` ${t('Questions: {{contact}}', { contact: signatureLine(signature) })}`
          : workshop.facilitator
            ? ` ${t('Questions: {{contact}}', { contact: workshop.facilitator })}.`
            : ''}
      </p>
    </WorkshopSlideFrame>
  );
}
