import { useState } from 'react';
import type { ClientControl } from '../../../domain/controls';
import { EU_AI_ACT_OBLIGATIONS } from '../../../domain/governance/euAiActObligations';
import type { GovernanceData } from '../../../domain/governance';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

type LinkKey = 'riskIds' | 'aiSystemIds' | 'policyIds' | 'obligationIds';

/** Links of a control to the client's risks, AI systems, policies and the EU AI Act obligations. */
export function ControlLinks({
  control,
  governance,
  save,
}: {
  control: ClientControl;
  governance: GovernanceData;
  save(patch: Partial<ClientControl>): Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const groups: { key: LinkKey; legend: string; empty: string; options: { id: string; label: string }[] }[] =
    [
      {
        key: 'riskIds',
        legend: t('Risks it treats'),
        empty: t('No risks in the risk register.'),
        options: governance.risks.map((r) => ({ id: r.id, label: r.title })),
      },
      {
        key: 'aiSystemIds',
        legend: t('AI systems it covers'),
        empty: t('No AI systems registered.'),
        options: governance.aiSystems.map((s) => ({ id: s.id, label: s.name })),
      },
      {
        key: 'policyIds',
        legend: t('Policies it implements'),
        empty: t('No policies in the register.'),
        options: governance.policies.map((p) => ({ id: p.id, label: p.title })),
      },
      {
        key: 'obligationIds',
        legend: t('EU AI Act obligations it meets'),
        empty: '',
        options: EU_AI_ACT_OBLIGATIONS.map((o) => ({ id: o.id, label: `${o.article}: ${t(o.title)}` })),
      },
    ];
  const toggle = (key: LinkKey, id: string, on: boolean) =>
    trackSave(save({ [key]: on ? [...control[key], id] : control[key].filter((x) => x !== id) })).then(
      () => setError(null),
      (e: unknown) => setError(describeWriteError(e)),
    );
  return (
    <section className="card" aria-labelledby="control-links">
      <h2 id="control-links">{t('Linked records')}</h2>
      {groups.map((g) => (
        <fieldset key={g.key} className="controls-checks">
          <legend>{g.legend}</legend>
          {g.options.length === 0 && <span className="muted">{g.empty}</span>}
          {g.options.map((o) => (
            <label key={o.id} className="controls-check">
              <input
                type="checkbox"
                checked={control[g.key].includes(o.id)}
                onChange={(e) => void toggle(g.key, o.id, e.target.checked)}
              />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
      ))}
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
