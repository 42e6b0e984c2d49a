import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { backlinksTo } from '../../../db/governance/queries';
import { db } from '../../../db/core/schema';
import { recordTitle, type RegisterDefinition, type RegisterRecord } from '../../../domain/governance';
import { recordPath } from './registerUi';
import { useT } from '../../../state/interfaceLanguage';

/** The records of other registers that link to this one: e.g. the incidents, risks and RACI of an AI system. */
export function BacklinksPanel({
  register,
  record,
  clientId,
}: {
  register: RegisterDefinition;
  record: RegisterRecord;
  clientId: string;
}) {
  const t = useT();
  const backlinks = useLiveQuery(() => backlinksTo(db, register.id, record.id), [register.id, record.id]);
  if (!backlinks || backlinks.length === 0) return null;
  const groups = new Map<string, typeof backlinks>();
  for (const link of backlinks.filter((b) => b.record.clientId === clientId)) {
    groups.set(link.register.title, [...(groups.get(link.register.title) ?? []), link]);
  }
  return (
    <section className="card" aria-labelledby="backlinks-title">
      <h2 id="backlinks-title">{t('Linked from other registers')}</h2>
      <dl className="gov-backlinks">
        {[...groups].map(([title, links]) => (
          <div key={title}>
            <dt>{t(title)}</dt>
            <dd>
              <ul className="bullet-list">
                {links.map((link) => (
                  <li key={`${link.register.id}-${link.record.id}`}>
                    <Link to={recordPath(clientId, link.register.id, link.record.id)}>
                      {recordTitle(link.register, link.record)}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
