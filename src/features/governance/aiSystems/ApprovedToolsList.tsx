import { Link } from 'react-router';
import {
  AI_SYSTEM_STATUS_LABELS,
  effectiveSystemStatus,
  effectiveSystemVendor,
  effectiveTier,
  type AiSystem,
  type AiSystemStatus,
  type UseCaseFact,
} from '../../../domain/governance';
import { recordPath } from '../registers/registerUi';
import { TierBadge } from '../TierBadge';
import { useT } from '../../../state/interfaceLanguage';

export const TOOLS_LIST_COLUMNS: { status: AiSystemStatus; what: string }[] = [
  { status: 'approved', what: 'May be used for their purpose.' },
  { status: 'restricted', what: 'Only under the conditions shown.' },
  { status: 'banned', what: 'Not for any work.' },
];

/** The approved tools list an SME needs first: approved, restricted (with conditions) and banned tools. */
export function ApprovedToolsList({
  clientId,
  systems,
  facts,
}: {
  clientId: string;
  systems: AiSystem[];
  facts: readonly UseCaseFact[];
}) {
  const t = useT();
  const pilots = systems.filter((s) => effectiveSystemStatus(s, facts) === 'inPilot');
  return (
    <section className="card" aria-labelledby="tools-list-title">
      <div className="gov-card-head">
        <h2 id="tools-list-title">{t('Approved tools list')}</h2>
        {pilots.length > 0 && (
          <p className="muted">
            {t('Also in pilot: {{names}}.', { names: pilots.map((p) => p.name).join(', ') })}
          </p>
        )}
      </div>
      <div className="tools-list">
        {TOOLS_LIST_COLUMNS.map(({ status, what }) => {
          const tools = systems
            .filter((s) => s.status === status)
            .sort((a, b) => a.name.localeCompare(b.name));
          return (
            <div key={status} className={`tools-list__column tools-list__column--${status}`}>
              <h3>
                {t(AI_SYSTEM_STATUS_LABELS[status])} <span className="segmented__count">{tools.length}</span>
              </h3>
              <p className="field__hint">{t(what)}</p>
              {tools.length === 0 ? (
                <p className="muted">{t('None.')}</p>
              ) : (
                <ul className="plain-list">
                  {tools.map((tool) => (
                    <li key={tool.id}>
                      <Link to={recordPath(clientId, 'aiSystems', tool.id)}>{tool.name}</Link>
                      {effectiveSystemVendor(tool, facts).value && (
                        <span className="muted"> · {effectiveSystemVendor(tool, facts).value}</span>
                      )}
                      {status !== 'banned' && (
                        <TierBadge
                          tier={effectiveTier(tool.classification)}
                          overridden={Boolean(tool.classification?.override)}
                        />
                      )}
                      {tool.usageConditions && status !== 'approved' && (
                        <p className="tools-list__conditions">{tool.usageConditions}</p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
