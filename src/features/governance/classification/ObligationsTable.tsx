import { AI_ACT_ROLE_LABELS, type AiActObligationStatus } from '../../../domain/governance';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { TIER_LABELS } from '../TierBadge';
import { SourceLink } from '../SourceLink';
import { formatDay } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  const checklist = obligationsMet !== undefined && onToggle !== undefined;
  const checks = obligations[0]?.duty === 'providerCheck';
  const met = (o: AiActObligationStatus) => obligationsMet?.includes(o.id) ?? false;
  const overdue = (o: AiActObligationStatus) => checklist && o.duty === 'own' && o.inForce && !met(o);
  const status = (o: AiActObligationStatus) =>
    o.inForce
      ? checklist && !met(o)
        ? o.duty === 'own'
          ? t('In force, not met')
          : t('In force, not checked yet')
        : t('In force')
      : t('Not yet in force');
  const columns: TableColumn<AiActObligationStatus>[] = [
    {
      key: 'title',
      header: checks ? t('Check') : t('Obligation'),
      render: (o) => (
        <>
          <strong>{t(o.title)}</strong>
          <span className="field__hint">{t(o.description)}</span>
          {o.note && (
            <span className="field__hint ai-obligations__note">
              {t('Note: {{note}}', { note: t(o.note) })}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'binds',
      header: t('Binds'),
      className: 'nowrap',
      render: (o) => (
        <>
          {o.binds.map((role) => t(AI_ACT_ROLE_LABELS[role])).join(', ')}
          <span className="field__hint">{o.tiers.map((tier) => t(TIER_LABELS[tier])).join(', ')}</span>
        </>
      ),
    },
    {
      key: 'article',
      header: t('Article'),
      className: 'nowrap',
      render: (o) => <SourceLink href={o.url}>{o.article}</SourceLink>,
    },
    {
      key: 'from',
      header: t('Applies from'),
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
      header: checks ? t('Checked') : t('Met'),
      render: (o) => (
        <input
          type="checkbox"
          checked={met(o)}
          aria-label={
            o.duty === 'own'
              ? t('Mark as met: {{obligation}}', { obligation: t(o.title) })
              : t('Mark as checked: {{obligation}}', { obligation: t(o.title) })
          }
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
