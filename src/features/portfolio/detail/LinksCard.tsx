import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { UseCase } from '../../../domain/portfolio';
import { formatDay } from '../../../domain/shared/dates';
import { db } from '../../../db/core/schema';
import { recordsLinkedToUseCase } from '../../../db/portfolio/useCaseLinks';
import { workshopIdeasOfUseCase } from '../../../db/workshops/ideas';
import { useT } from '../../../state/interfaceLanguage';

/** The records of the other registers that point at this use case, each a link to open it. */
export function LinksCard({ useCase }: { useCase: UseCase }) {
  const t = useT();
  const links = useLiveQuery(
    () => recordsLinkedToUseCase(db, useCase.clientId, useCase.id),
    [useCase.clientId, useCase.id],
  );
  const ideas = useLiveQuery(
    () => workshopIdeasOfUseCase(db, useCase),
    [useCase.id, useCase.clientId, useCase.workshopIdeaId],
  );
  const areas = [...new Set((links ?? []).map((l) => l.area))];
  return (
    <section className="card" aria-labelledby="uc-links">
      <h2 id="uc-links">{t('Linked records')}</h2>
      {links && links.length === 0 && (
        <p className="muted">
          {t(
            'No AI system, risk, incident, decision right or vendor evaluation points at this use case yet. Link them from those registers.',
          )}
        </p>
      )}
      {areas.map((area) => (
        <div key={area} className="linked-group">
          <h3>{t(area)}</h3>
          <ul>
            {links!
              .filter((l) => l.area === area)
              .map((l) => (
                <li key={l.path}>
                  <Link to={`/clients/${useCase.clientId}/${l.path}`}>{l.title}</Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
      {ideas && ideas.length > 0 && (
        <div className="linked-group">
          <h3>{t('Workshop ideas')}</h3>
          <ul>
            {ideas.map(({ idea, workshop, origin }) => (
              <li key={idea.id}>
                {t(
                  origin
                    ? 'Created from #{{number}} “{{title}}” in'
                    : 'Merged in: #{{number}} “{{title}}” in',
                  {
                    number: idea.number,
                    title: idea.title,
                  },
                )}{' '}
                <Link to={`/clients/${useCase.clientId}/workshops/${workshop.id}`}>{workshop.title}</Link> (
                {formatDay(workshop.date)})
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
