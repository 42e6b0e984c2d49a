import { format, parseISO } from 'date-fns';
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

function LastWorkshop({ workshop, ideas }: { workshop: Workshop; ideas: WorkshopIdea[] }) {
  const stats = ideaStats(ideas.filter((i) => i.workshopId === workshop.id));
  return (
    <>
      <p>
        <Link to={`workshops/${workshop.id}`}>{workshop.title}</Link>
      </p>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {format(parseISO(workshop.date), 'd MMM yyyy')} · {WORKSHOP_STATUS_LABELS[workshopStatus(workshop)]}
        </dd>
        <dt>Ideas</dt>
        <dd>
          {stats.ideas} ({stats.scored} scored)
        </dd>
        <dt>Use cases</dt>
        <dd>{stats.outcomes['use-case']}</dd>
      </dl>
    </>
  );
}

/** Overview card: the client's last workshop and what came out of it, and the next one planned. */
export function WorkshopsCard({ clientId }: { clientId: string }) {
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
      <h2 id="ov-workshops">Workshops</h2>
      {last && <LastWorkshop workshop={last} ideas={data.ideas} />}
      {next && (
        <p className={last ? 'notes' : undefined}>
          Next: <Link to={`workshops/${next.id}`}>{next.title}</Link> on{' '}
          {format(parseISO(next.date), 'd MMM yyyy')}
        </p>
      )}
      {data.workshops.length === 0 ? (
        <>
          <p className="muted">
            No workshop yet. An ideation workshop with the team is a good way to fill the portfolio.
          </p>
          <Link to="workshops">Plan a workshop</Link>
        </>
      ) : (
        <Link to="workshops">
          {data.workshops.length === 1 ? 'Open workshops' : `All ${data.workshops.length} workshops`}
        </Link>
      )}
    </section>
  );
}
