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
import { formatDay } from '../../../domain/shared/dates';
import '../vendors.css';

const TABS: TabDef[] = [
  { id: 'compare', label: 'Compare and decide' },
  { id: 'scores', label: 'Scores' },
  { id: 'gates', label: 'Knock-out gates' },
  { id: 'due-diligence', label: 'Due diligence' },
  { id: 'criteria', label: 'Criteria and weights' },
  { id: 'details', label: 'Details and vendors' },
  { id: 'history', label: 'History' },
];

/** One evaluation of the current client: every tab reads the same live record. */
export function EvaluationScreen() {
  const client = useClient();
  const { evaluationId = '' } = useParams();
  const evaluation = useEvaluation(client.id, evaluationId);
  const profiles = useVendorProfiles();
  if (evaluation === undefined || profiles === undefined) return null;
  if (evaluation === null) {
    return (
      <div className="empty-state">
        <h1>This evaluation does not exist for {client.name}</h1>
        <p>It may have been deleted.</p>
        <Link className="button" to={`/clients/${client.id}/vendors`}>
          Back to vendor evaluations
        </Link>
      </div>
    );
  }
  return <EvaluationView key={evaluation.id} evaluation={evaluation} profiles={profiles} />;
}

function EvaluationView({ evaluation, profiles }: { evaluation: Evaluation; profiles: VendorProfile[] }) {
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<NoticeState>(null);
  const useCaseTitles = useUseCaseTitles(client.id);
  const useCaseName =
    (evaluation.useCaseId && useCaseTitles?.get(evaluation.useCaseId)) || evaluation.useCaseName;
  const comparison = compareVendors(evaluation, profiles);
  const anyScore = comparison.rows.some((r) => r.score.scoredCount > 0);
  const tab = TABS.some((t) => t.id === params.get('tab'))
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
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/clients/${client.id}/vendors`}>Vendor evaluations</Link>
        <span aria-hidden> / </span>
        <span aria-current="page">{evaluation.title}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>{evaluation.title}</h1>
          <p className="page-header__subtitle">
            {useCaseText({ ...evaluation, useCaseName })} · {comparison.rows.length} vendor
            {comparison.rows.length === 1 ? '' : 's'} ·{' '}
            <Badge tone={BADGE_TONES.evaluationStatus[evaluation.status]}>
              {EVALUATION_STATUS_LABELS[evaluation.status]}
            </Badge>
          </p>
        </div>
        <div className="page-header__actions">
          <CsvExportButton
            fileName={`${client.shortName || client.name} - ${evaluation.title} - vendor evaluation`}
            rows={() => evaluationCsvRows(evaluation, profiles)}
          />
          <StatusControl evaluation={evaluation} vendors={profiles} onNotice={setNotice} />
        </div>
      </header>
      {readOnly && (
        <div className="readonly-banner" role="note">
          <Lock size={16} aria-hidden />
          <span>
            Decided{decidedAt ? ` on ${formatDay(decidedAt.slice(0, 10))}` : ''}: this evaluation is
            read-only. Reopen it (with a reason) to change scores, gates, answers or decisions. Links to a use
            case or AI system can still be set.
          </span>
        </div>
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Tabs
        label="Evaluation sections"
        idPrefix="evaluation"
        tabs={TABS}
        active={tab}
        onChange={(id) => {
          setNotice(null);
          select('tab', id);
        }}
      />
      <div {...tabPanelProps('evaluation', tab)}>
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
