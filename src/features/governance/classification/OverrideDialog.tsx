import { useState } from 'react';
import { overrideSystemTier } from '../../../db/governance/classification';
import { db } from '../../../db/core/schema';
import {
  AI_ACT_TIERS,
  OVERRIDE_JUSTIFICATION_MIN_LENGTH,
  overrideBelowFloor,
  type AiActTier,
  type OverrideFloor,
} from '../../../domain/governance';
import { FormDialog } from '../../../ui/FormDialog';
import { CheckboxField } from '../../../ui/fields/CheckboxField';
import { OptionSelect } from '../../../ui/fields/OptionSelect';
import { TextAreaField, TextField } from '../../../ui/fields/TextField';
import { saveFromForm } from '../../../ui/writeProblem';
import { TIER_LABELS } from '../TierBadge';
import { useT } from '../../../state/interfaceLanguage';

/**
 * Override the classified tier: only with a written justification; the original result stays
 * visible. Below the tier the rules impose (`floor`), only with the acknowledgement naming the article.
 */
export function OverrideDialog(props: {
  systemId: string;
  computedTier: AiActTier;
  floor: OverrideFloor | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { systemId, computedTier, floor, open, onOpenChange } = props;
  const t = useT();
  const choices = AI_ACT_TIERS.filter((tier) => tier !== computedTier).map((tier) => ({
    value: tier,
    label: t(TIER_LABELS[tier]),
  }));
  const [tier, setTier] = useState<AiActTier>(choices[0].value);
  const [justification, setJustification] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const belowFloor = overrideBelowFloor(floor, tier);

  const submit = () =>
    saveFromForm(
      overrideSystemTier(db, systemId, {
        tier,
        justification,
        decidedBy: decidedBy.trim() || undefined,
        acknowledgedArticle: belowFloor && acknowledged ? floor.article : undefined,
      }),
      () => {
        setJustification('');
        setAcknowledged(false);
      },
    );

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('Override the classification')}
      description={t(
        "The wizard's result ({{tier}}) stays visible next to your override. Explain why it does not fit.",
        { tier: t(TIER_LABELS[computedTier]) },
      )}
      aria-label={t('Override the classification')}
      submitLabel={t('Apply override')}
      onSubmit={submit}
    >
      <OptionSelect
        name="tier"
        label={t('Tier to apply')}
        value={tier}
        options={choices}
        onChange={setTier}
      />
      {belowFloor && (
        <div className="gov-alert gov-alert--warning override-floor">
          <p>{floor.text}</p>
          <CheckboxField
            name="acknowledgedArticle"
            className="override-floor__ack"
            checked={acknowledged}
            onChange={setAcknowledged}
          >
            {t(
              'I acknowledge that {{article}} excludes this tier, and override on my own responsibility with the justification below.',
              { article: floor.article },
            )}
          </CheckboxField>
        </div>
      )}
      <TextAreaField
        name="justification"
        label={t('Justification')}
        rows={5}
        value={justification}
        onChange={setJustification}
        hint={t(
          'At least {{n}} characters: which answer or reason does not fit this system, and on what advice.',
          { n: OVERRIDE_JUSTIFICATION_MIN_LENGTH },
        )}
      />
      <TextField name="decidedBy" label={t('Decided by')} value={decidedBy} onChange={setDecidedBy} />
    </FormDialog>
  );
}
