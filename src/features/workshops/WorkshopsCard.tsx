import { format, parseISO } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { WORKSHOP_STATUS_LABELS, ideaStats, workshopStatus } from '../../domain/workshops';
import { ideasForClient, workshopsForClient } from '../../db/workshops';
import { db } from '../../db/schema';

/** Overview card: the client's latest workshop and what came out of it. */
export function WorkshopsCard({ clientId }: { clientId: string }) {
  const data = useLiveQuery(async () => {
    const [workshops, ideas] = await Promise.all([workshopsForClient(db, clientId), ideasForClient(db, clientId)]);
    return { workshops, ideas };
  }, [clientId]);
  if (!data) return null;
  const latest = data.workshops[0];
  const stats = latest ? ideaStats(data.ideas.filter((i) => i.workshopId === latest.id)) : null;
  return (
    <section className="card" aria-labelledby="ov-workshops">
      <h2 id="ov-workshops">Workshops</h2>
      {latest && stats ? (
        <>
          <p>
            <Link to={`workshops/${latest.id}`}>{latest.title}</Link>
          </p>
          <dl className="facts">
            <dt>Date</dt>
            <dd>
              {format(parseISO(latest.date), 'd MMM yyyy')} · {WORKSHOP_STATUS_LABELS[workshopStatus(latest)]}
            </dd>
            <dt>Ideas</dt>
            <dd>
              {stats.ideas} ({stats.scored} scored)
            </dd>
            <dt>Use cases</dt>
            <dd>{stats.outcomes['use-case']}</dd>
          </dl>
          <Link to="workshops">{data.workshops.length === 1 ? 'Open workshops' : `All ${data.workshops.length} workshops`}</Link>
        </>
      ) : (
        <>
          <p className="muted">No workshop yet. An ideation workshop is a good start to fill the portfolio.</p>
          <Link to="workshops">Plan a workshop</Link>
        </>
      )}
    </section>
  );
}
