import { Lock } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  compareVendors,
  evaluationCsvRows,
  EVALUATION_STATUS_LABELS,
  type Evaluation,
  type VendorProfile,
} from '../../../domain/vendors';
import { useClient } from '../../clients/ClientLayout';
import { useCaseText } from '../shared/format';
import { useEvaluation, useUseCaseTitles, useVendorProfiles } from '../shared/hooks';
import { Notice, type NoticeState } from '../shared/Notice';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { Tabs, tabPanelProps, type TabDef } from '../../../ui/Tabs';
import { CompareTab } from './CompareTab';
import { CriteriaTab } from './CriteriaTab';
import { DetailsTab } from './DetailsTab';
import { DueDiligenceTab } from './DueDiligenceTab';
import { GatesTab } from './GatesTab';
import { HistoryTab } from './HistoryTab';
import { ScoresTab } from './ScoresTab';
import { StatusControl } from './StatusControl';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import '../vendors.css';
import { useInterfaceWording, useT } from '../../../state/interfaceLanguage';
import { useClientWording } from '../../../i18n/useLanguageLoaded';
import { clientWording } from '../../../i18n/i18n';
import { dayIn, type Translate } from '../../../domain/shared/language';

const TAB_IDS = ['compare', 'scores', 'gates', 'due-diligence', 'criteria', 'details', 'history'] as const;

const tabs = (t: Translate): TabDef[] => [
  { id: 'compare', label: t('Compare and decide') },
  { id: 'scores', label: t('Scores') },
  { id: 'gates', label: t('Knock-out gates') },
  { id: 'due-diligence', label: t('Due diligence') },
  { id: 'criteria', label: t('Criteria and weights') },
  { id: 'details', label: t('Details and vendors') },
  { id: 'history', label: t('History') },
];

/** One evaluation of the current client: every tab reads the same live record. */
export function EvaluationScreen() {
  const client = useClient();
  const t = useT();
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(client.id, evaluationId);
  const profiles = useVendorProfiles();
  if (evaluation === undefined || profiles === undefined) return null;
  if (evaluation === null) {
    return (
      <div className="empty-state">
        <h1>{t('This evaluation does not exist for {{client}}', { client: client.name })}</h1>
        <p>{t('It may have been deleted.')}</p>
        <Link className="button" to={`/clients/${client.id}/vendors`}>
          {t('Back to vendor evaluations')}
        </Link>
      </div>
    );
  }
  return <EvaluationView key={evaluation.id} evaluation={evaluation} profiles={profiles} />;
}

function EvaluationView({ evaluation, profiles }: { evaluation: Evaluation; profiles: VendorProfile[] }) {
  const client = useClient();
  const { lang, t } = useInterfaceWording();
  // The CSV's file name and headers are in the client's report language.
  const clientWords = useClientWording(client);
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<NoticeState>(null);
  const useCaseTitles = useUseCaseTitles(client.id);
  const useCaseName =
    (evaluation.useCaseId && useCaseTitles?.get(evaluation.useCaseId)) || evaluation.useCaseName;
  const comparison = compareVendors(evaluation, profiles);
  const anyScore = comparison.rows.some((r) => r.score.scoredCount > 0);
  const tab = TAB_IDS.some((id) => id === params.get('tab'))
    ? params.get('tab')!
    : anyScore
      ? 'compare'
      : 'scores';
  const readOnly = evaluation.status === 'decided';
  const select = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const vendorParam = params.get('vendor');
  const panel = tabPanelProps('evaluation', tab);
  const decidedAt = [...evaluation.history].reverse().find((h) => h.toStatus === 'decided')?.at;

  const tabProps = {
    evaluation,
    comparison,
    profiles,
    readOnly,
    onNotice: setNotice,
    vendorId: vendorParam,
    onVendor: (id: string) => select('vendor', id),
  };
  return (
    <div className="page page--wide">
      <nav aria-label={t('Breadcrumb')} className="breadcrumb">
        <Link to={`/clients/${client.id}/vendors`}>{t('Vendor evaluations')}</Link>
        <span aria-hidden> / </span>
        <span aria-current="page">{evaluation.title}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>{evaluation.title}</h1>
          <p className="page-header__subtitle">
            {useCaseText({ ...evaluation, useCaseName }, t)} ·{' '}
            {t('{{count}} vendors', { count: comparison.rows.length })} ·{' '}
            <Badge tone={BADGE_TONES.evaluationStatus[evaluation.status]}>
              {t(EVALUATION_STATUS_LABELS[evaluation.status])}
            </Badge>
          </p>
        </div>
        <div className="page-header__actions">
          <CsvExportButton
            fileName={`${client.shortName || client.name} - ${evaluation.title} - ${clientWords.t('vendor evaluation')}`}
            rows={async () => evaluationCsvRows(evaluation, profiles, await clientWording(client))}
          />
          <StatusControl evaluation={evaluation} vendors={profiles} onNotice={setNotice} />
        </div>
      </header>
      {readOnly && (
        <div className="readonly-banner" role="note">
          <Lock size={16} aria-hidden />
          <span>
            {decidedAt
              ? t(
                  'Decided on {{date}}: this evaluation is read-only. Reopen it (with a reason) to change scores, gates, answers or decisions. Links to a use case or AI system can still be set.',
                  { date: dayIn(lang, decidedAt.slice(0, 10)) },
                )
              : t(
                  'Decided: this evaluation is read-only. Reopen it (with a reason) to change scores, gates, answers or decisions. Links to a use case or AI system can still be set.',
                )}
          </span>
        </div>
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Tabs
        label={t('Evaluation sections')}
        idPrefix="evaluation"
        tabs={tabs(t)}
        active={tab}
        onChange={(id) => {
          setNotice(null);
          select('tab', id);
        }}
      />
      <div {...panel}>
        {tab === 'compare' && <CompareTab {...tabProps} />}
        {tab === 'scores' && <ScoresTab {...tabProps} />}
        {tab === 'gates' && <GatesTab {...tabProps} />}
        {tab === 'due-diligence' && <DueDiligenceTab {...tabProps} />}
        {tab === 'criteria' && <CriteriaTab {...tabProps} />}
        {tab === 'details' && <DetailsTab {...tabProps} />}
        {tab === 'history' && <HistoryTab {...tabProps} />}
      </div>
    </div>
  );
}
