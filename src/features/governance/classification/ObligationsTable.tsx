import { AI_ACT_ROLE_LABELS, type AiActObligationStatus } from '../../../domain/governance';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { TIER_LABELS } from '../TierBadge';
import { SourceLink } from '../SourceLink';
import { formatDay } from '../../../domain/shared/dates';

/**
 * One list of duties with whom each binds, for which tier and from when, and its source. Own duties
 * in force and not ticked are red ("In force, not met"); provider checks are tasks, never red.
 */
export function ObligationsTable(props: {
  label: string;
  obligations: AiActObligationStatus[];
  obligationsMet?: readonly string[];
  onToggle?: (id: string, met: boolean) => void;
}) {
  const { label, obligations, obligationsMet, onToggle } = props;
  const checklist = obligationsMet !== undefined && onToggle !== undefined;
  const checks = obligations[0]?.duty === 'providerCheck';
  const met = (o: AiActObligationStatus) => obligationsMet?.includes(o.id) ?? false;
  const overdue = (o: AiActObligationStatus) => checklist && o.duty === 'own' && o.inForce && !met(o);
  const status = (o: AiActObligationStatus) =>
    o.inForce
      ? checklist && !met(o)
        ? o.duty === 'own'
          ? 'In force, not met'
          : 'In force, not checked yet'
        : 'In force'
      : 'Not yet in force';
  const columns: TableColumn<AiActObligationStatus>[] = [
    {
      key: 'title',
      header: checks ? 'Check' : 'Obligation',
      render: (o) => (
        <>
          <strong>{o.title}</strong>
          <span className="field__hint">{o.description}</span>
          {o.note && <span className="field__hint ai-obligations__note">Note: {o.note}</span>}
        </>
      ),
    },
    {
      key: 'binds',
      header: 'Binds',
      className: 'nowrap',
      render: (o) => (
        <>
          {o.binds.map((role) => AI_ACT_ROLE_LABELS[role]).join(', ')}
          <span className="field__hint">{o.tiers.map((tier) => TIER_LABELS[tier]).join(', ')}</span>
        </>
      ),
    },
    {
      key: 'article',
      header: 'Article',
      className: 'nowrap',
      render: (o) => <SourceLink href={o.url}>{o.article}</SourceLink>,
    },
    {
      key: 'from',
      header: 'Applies from',
      className: 'nowrap',
      render: (o) => (
        <>
          {formatDay(o.appliesFrom)}
          <span className={`field__hint ${overdue(o) ? 'text-danger' : ''}`}>{status(o)}</span>
        </>
      ),
    },
  ];
  if (checklist)
    columns.unshift({
      key: 'met',
      header: checks ? 'Checked' : 'Met',
      render: (o) => (
        <input
          type="checkbox"
          checked={met(o)}
          aria-label={`${o.duty === 'own' ? 'Mark as met' : 'Mark as checked'}: ${o.title}`}
          onChange={(e) => onToggle(o.id, e.target.checked)}
        />
      ),
    });
  return (
    <RecordTable
      label={label}
      compact
      className="ai-obligations"
      columns={columns}
      rows={obligations}
      rowKey={(o) => o.id}
      rowClassName={(o) => (overdue(o) ? 'ai-obligations__row--overdue' : undefined)}
    />
  );
}
