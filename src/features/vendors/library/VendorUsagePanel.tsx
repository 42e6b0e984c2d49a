import { Eye, EyeOff } from 'lucide-react';
import { Link } from 'react-router';
import { useUi } from '../../../state/uiStore';
import { EVALUATION_STATUS_LABELS, VENDOR_DECISION_LABELS, type VendorUsage } from '../../../domain/vendors';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { dayIn } from '../../../domain/shared/language';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

/** Which clients use or evaluated this vendor (cross-client: names, status and decision only, never scores). */
export function VendorUsagePanel({ vendorName, usage }: { vendorName: string; usage: VendorUsage[] }) {
  const { lang, t } = useInterfaceWording();
  const clientIds = [...new Set(usage.map((u) => u.clientId))];
  const clients = clientIds.length;
  const hide = useUi((s) => s.hideClientNames);
  const setHide = useUi((s) => s.setHideClientNames);
  // Screen sharing: "Client A", "Client B"... and no evaluation titles (they often name the client's process).
  const alias = (clientId: string) =>
    `${t('Client')} ${String.fromCharCode(65 + (clientIds.indexOf(clientId) % 26))}`;
  const columns: TableColumn<VendorUsage>[] = [
    { key: 'client', header: t('Client'), render: (u) => (hide ? alias(u.clientId) : u.clientName) },
    {
      key: 'evaluation',
      header: t('Evaluation'),
      render: (u) =>
        hide ? (
          <span className="muted">{t('Hidden')}</span>
        ) : (
          <Link to={`/clients/${u.clientId}/vendors/${u.evaluationId}`}>{u.evaluationTitle}</Link>
        ),
    },
    {
      key: 'status',
      header: t('Status'),
      render: (u) => (
        <Badge tone={BADGE_TONES.evaluationStatus[u.status]}>{t(EVALUATION_STATUS_LABELS[u.status])}</Badge>
      ),
    },
    {
      key: 'decision',
      header: t('Decision'),
      render: (u) =>
        u.decision ? (
          <>
            <Badge tone={BADGE_TONES.vendorDecision[u.decision]}>
              {t(VENDOR_DECISION_LABELS[u.decision])}
            </Badge>
            <span className="cell-sub">{dayIn(lang, u.decisionDate)}</span>
          </>
        ) : (
          <span className="muted">{t('Not decided')}</span>
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby="usage-heading">
      <div className="usage-head">
        <h2 id="usage-heading">{t('Clients using or evaluating {{vendor}}', { vendor: vendorName })}</h2>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={hide}
          onClick={() => setHide(!hide)}
        >
          {hide ? <Eye size={16} aria-hidden /> : <EyeOff size={16} aria-hidden />}{' '}
          {hide ? t('Show client names') : t('Hide client names (screen sharing)')}
        </button>
      </div>
      <p className="muted small">
        {t('Cross-client: shows only the status and decision. Scores and notes stay inside each client.')}
        {hide ? ` ${t('Client names and evaluation titles are hidden while you share your screen.')}` : ''}
      </p>
      {usage.length === 0 ? (
        <p className="muted">{t('Not used in any client evaluation yet.')}</p>
      ) : (
        <>
          <p className="usage-summary">
            {t('{{count}} clients', { count: clients })},{' '}
            {t('{{count}} evaluations', { count: usage.length })}
          </p>
          <RecordTable
            label={t('Clients using or evaluating {{vendor}}', { vendor: vendorName })}
            compact
            columns={columns}
            rows={usage}
            rowKey={(u) => u.evaluationId}
          />
        </>
      )}
    </section>
  );
}
