import { useLiveQuery } from 'dexie-react-hooks';
import { BookCopy, Plus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { TEMPLATE_KIND_LABELS } from '../../domain/questionnaires';
import { questionnairesForClient } from '../../db/questionnaires/questionnaires';
import { db } from '../../db/core/schema';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { NewQuestionnaireDialog } from './NewQuestionnaireDialog';
import { TEMPLATE_LIBRARY_PATH } from './paths';
import './questionnaires.css';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { dayIn } from '../../domain/shared/language';

/** The client's questionnaires: surveys, self-checks, vendor due diligence and assessments, with their response rates. */
export function QuestionnairesPage() {
  const { lang, t } = useInterfaceWording();
  const client = useClient();
  const [creating, setCreating] = useState(false);
  const rows = useLiveQuery(async () => {
    const questionnaires = await questionnairesForClient(db, client.id);
    return Promise.all(
      questionnaires.map(async (q) => ({
        q,
        responses: await db.questionnaireResponses.where('questionnaireId').equals(q.id).count(),
      })),
    );
  }, [client.id]);
  if (!rows) return null;

  return (
    <div className="page">
      <PageHeader
        title={t('Questionnaires')}
        subtitle={t(
          '{{client}} · forms staff and vendors fill in offline, without an account; their answers feed the registers',
          { client: client.name },
        )}
        actions={
          <>
            <Link className="button" to={TEMPLATE_LIBRARY_PATH}>
              <BookCopy size={16} aria-hidden /> {t('Template library')}
            </Link>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> {t('New questionnaire')}
            </button>
          </>
        }
      />
      {rows.length === 0 ? (
        <div className="empty-state">
          <h2>{t('No questionnaires yet')}</h2>
          <p>
            {t(
              'Ask the staff of {{client}} which AI tools they use, check their AI literacy, send a vendor the due-diligence questions, or run a DPIA or FRIA. Each goes out as one HTML file that works offline; the answers come back as files you import here.',
              { client: client.name },
            )}
          </p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t('New questionnaire')}
          </button>
        </div>
      ) : (
        <section className="card">
          <table className="table" aria-label={t('Questionnaires')}>
            <thead>
              <tr>
                <th scope="col">{t('Questionnaire')}</th>
                <th scope="col">{t('Kind')}</th>
                <th scope="col">{t('Version')}</th>
                <th scope="col" className="num">
                  {t('Responses')}
                </th>
                <th scope="col" className="num">
                  {t('Response rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ q, responses }) => (
                <tr key={q.id}>
                  <td>
                    <Link to={q.id}>{q.title}</Link>
                    <div className="muted q-small">
                      {t('Created {{date}} · for {{audience}}', {
                        date: dayIn(lang, q.createdAt.slice(0, 10)),
                        audience: q.audience,
                      })}
                    </div>
                  </td>
                  <td>{t(TEMPLATE_KIND_LABELS[q.kind])}</td>
                  <td>{`v${q.version}`}</td>
                  <td className="num">{responses}</td>
                  <td className="num">
                    {q.expectedResponses ? `${Math.round((responses / q.expectedResponses) * 100)}%` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <NewQuestionnaireDialog
        clientId={client.id}
        clientName={client.name}
        open={creating}
        onOpenChange={setCreating}
      />
    </div>
  );
}
