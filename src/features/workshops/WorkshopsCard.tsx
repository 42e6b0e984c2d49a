import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import {
  WORKSHOP_STATUS_LABELS,
  ideaStats,
  pickWorkshops,
  workshopStatus,
  type Workshop,
  type WorkshopIdea,
} from '../../domain/workshops';
import { ideasForClient, workshopsForClient } from '../../db/workshops/workshops';
import { db } from '../../db/core/schema';
import { todayIso } from '../../domain/shared/dates';
import { dayIn } from '../../domain/shared/language';
import { useInterfaceWording } from '../../state/interfaceLanguage';

function LastWorkshop({ workshop, ideas }: { workshop: Workshop; ideas: WorkshopIdea[] }) {
  const { lang, t } = useInterfaceWording();
  const stats = ideaStats(ideas.filter((i) => i.workshopId === workshop.id));
  return (
    <>
      <p>
        <Link to={`workshops/${workshop.id}`}>{workshop.title}</Link>
      </p>
      <dl className="facts">
        <dt>{t('Date')}</dt>
        <dd>
          {dayIn(lang, workshop.date)} · {t(WORKSHOP_STATUS_LABELS[workshopStatus(workshop)])}
        </dd>
        <dt>{t('Ideas')}</dt>
        <dd>
          {stats.ideas} {t('({{count}} scored)', { count: stats.scored })}
        </dd>
        <dt>{t('Use cases')}</dt>
        <dd>{stats.outcomes['use-case']}</dd>
      </dl>
    </>
  );
}

/** Overview card: the client's last workshop and what came out of it, and the next one planned. */
export function WorkshopsCard({ clientId }: { clientId: string }) {
  const { lang, t } = useInterfaceWording();
  const data = useLiveQuery(async () => {
    const [workshops, ideas] = await Promise.all([
      workshopsForClient(db, clientId),
      ideasForClient(db, clientId),
    ]);
    return { workshops, ideas };
  }, [clientId]);
  if (!data) return null;
  const { last, next } = pickWorkshops(data.workshops, todayIso());
  return (
    <section className="card" aria-labelledby="ov-workshops">
      <h2 id="ov-workshops">{t('Workshops')}</h2>
      {last && <LastWorkshop workshop={last} ideas={data.ideas} />}
      {next && (
        <p className={last ? 'notes' : undefined}>
          <Link to={`workshops/${next.id}`}>
            {t('Next: {{title}} on {{date}}', { title: next.title, date: dayIn(lang, next.date) })}
          </Link>
        </p>
      )}
      {data.workshops.length === 0 ? (
        <>
          <p className="muted">
            {t('No workshop yet. An ideation workshop with the team is a good way to fill the portfolio.')}
          </p>
          <Link to="workshops">{t('Plan a workshop')}</Link>
        </>
      ) : (
        <Link to="workshops">
          {data.workshops.length === 1
            ? t('Open workshops')
            : t('All {{count}} workshops', { count: data.workshops.length })}
        </Link>
      )}
    </section>
  );
}
