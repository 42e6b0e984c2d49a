import { Link } from 'react-router';
import { evaluationSummaryForReport } from '../../domain/vendors';
import { useEvaluationsWithProfiles } from './shared/hooks';
import './vendors.css';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { dayIn } from '../../domain/shared/language';

/** Client overview card: vendors chosen, evaluations running, DPAs not signed (this client only). */
export function VendorSummaryCard({ clientId }: { clientId: string }) {
  const { lang, t } = useInterfaceWording();
  const data = useEvaluationsWithProfiles(clientId);
  if (!data) return null;
  const { evaluations, profiles } = data;
  const summary = evaluationSummaryForReport(evaluations, profiles, { clientId });
  return (
    <section className="card" aria-labelledby="ov-vendors">
      <h2 id="ov-vendors">{t('Vendors')}</h2>
      {summary.counts.evaluations === 0 ? (
        <p className="muted">{t('No vendor evaluations yet.')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('In use')}</dt>
            <dd>
              {summary.vendorsInUse.length
                ? summary.vendorsInUse.map((v) => `${v.vendorName} (${v.useCaseName})`).join(', ')
                : t('None selected yet')}
            </dd>
            <dt>{t('Under evaluation')}</dt>
            <dd>
              {summary.underEvaluation.length
                ? summary.underEvaluation.map((e) => e.title).join(', ')
                : t('None')}
            </dd>
            <dt>{t('Last decision')}</dt>
            <dd>
              {summary.decisions[0]
                ? `${summary.decisions[0].vendorName}, ${dayIn(lang, summary.decisions[0].date)}`
                : '—'}
            </dd>
          </dl>
          {summary.dpa.notSigned.length > 0 && (
            <p className="text-danger small vendor-card__note">
              {t('DPA not signed: {{list}}', {
                list: summary.dpa.notSigned.map((v) => v.vendorName).join(', '),
              })}
            </p>
          )}
          {summary.concentration
            .filter((c) => c.concentrated)
            .map((c) => (
              <p key={c.provider} className="small vendor-card__note">
                {t('{{count}} use cases depend on {{provider}}', {
                  count: c.useCaseCount,
                  provider: c.provider,
                })}
              </p>
            ))}
        </>
      )}
      <Link to="vendors">{t('Open vendor evaluations')}</Link>
    </section>
  );
}
