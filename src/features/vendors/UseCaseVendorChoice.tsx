import { Link } from 'react-router';
import { vendorChoiceForUseCase, EVALUATION_STATUS_LABELS } from '../../domain/vendors';
import { useEvaluationsWithProfiles } from './shared/hooks';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { dayIn } from '../../domain/shared/language';

/**
 * For a use-case or pilot screen: which vendor was chosen for this use case and why, with links to the
 * evaluations. Reads only the given client's evaluations of that use case and the library profiles they name.
 */
export function UseCaseVendorChoice({ clientId, useCaseId }: { clientId: string; useCaseId: string }) {
  const { lang, t } = useInterfaceWording();
  const data = useEvaluationsWithProfiles(clientId, useCaseId);
  if (!data) return null;
  const { evaluations, profiles } = data;
  const choice = vendorChoiceForUseCase(evaluations, useCaseId, profiles);
  return (
    <section className="card" aria-labelledby={`uc-vendor-${useCaseId}`}>
      <h2 id={`uc-vendor-${useCaseId}`}>{t('Vendor')}</h2>
      {choice.chosen.length > 0 ? (
        choice.chosen.map((c) => (
          <div key={`${c.evaluationId}-${c.vendorId}`} className="stack stack--tight">
            <p>
              <strong>{c.vendorName}</strong>{' '}
              {c.final
                ? t('selected on {{date}}', { date: dayIn(lang, c.date) })
                : t('selected on {{date}} (evaluation not closed yet)', { date: dayIn(lang, c.date) })}
            </p>
            <p className="muted">{c.rationale}</p>
          </div>
        ))
      ) : (
        <p className="muted">{t('No vendor selected yet.')}</p>
      )}
      {choice.evaluations.length > 0 ? (
        <ul className="plain-list">
          {choice.evaluations.map((e) => (
            <li key={e.evaluationId}>
              <Link to={`/clients/${clientId}/vendors/${e.evaluationId}`}>{e.title}</Link>{' '}
              <span className="muted small">
                · {t(EVALUATION_STATUS_LABELS[e.status])} · {t('{{count}} vendors', { count: e.vendorCount })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Link to={`/clients/${clientId}/vendors`}>{t('Start a vendor evaluation')}</Link>
      )}
    </section>
  );
}
