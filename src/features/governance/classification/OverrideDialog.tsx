import { useState, type FormEvent } from 'react';
import { overrideSystemTier } from '../../../db/governance/classification';
import { db } from '../../../db/core/schema';
import {
  AI_ACT_TIERS,
  OVERRIDE_JUSTIFICATION_MIN_LENGTH,
  overrideBelowFloor,
  type AiActTier,
  type OverrideFloor,
} from '../../../domain/governance';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';
import { TIER_LABELS } from '../TierBadge';

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
  const choices = AI_ACT_TIERS.filter((t) => t !== computedTier);
  const [tier, setTier] = useState<AiActTier>(choices[0]);
  const [justification, setJustification] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const belowFloor = overrideBelowFloor(floor, tier);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const acknowledgedArticle = belowFloor && acknowledged ? floor.article : undefined;
      await trackSave(
        overrideSystemTier(db, systemId, {
          tier,
          justification,
          decidedBy: decidedBy.trim() || undefined,
          acknowledgedArticle,
        }),
      );
      setError(null);
      setJustification('');
      setAcknowledged(false);
      onOpenChange(false);
    } catch (err) {
      setError(describeWriteError(err));
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Override the classification"
      description={`The wizard's result (${TIER_LABELS[computedTier]}) stays visible next to your override. Explain why it does not fit.`}
    >
      <form onSubmit={submit} noValidate aria-label="Override the classification">
        <div className="field">
          <label htmlFor="override-tier">Tier to apply</label>
          <select id="override-tier" value={tier} onChange={(e) => setTier(e.target.value as AiActTier)}>
            {choices.map((t) => (
              <option key={t} value={t}>
                {TIER_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        {belowFloor && (
          <div className="gov-alert gov-alert--warning override-floor">
            <p>{floor.text}</p>
            <label className="override-floor__ack">
              <input
                type="checkbox"
                checked={acknowledged}
                onChange={(e) => setAcknowledged(e.target.checked)}
              />
              I acknowledge that {floor.article} excludes this tier, and override on my own responsibility
              with the justification below.
            </label>
          </div>
        )}
        <div className={`field ${error ? 'field--invalid' : ''}`}>
          <label htmlFor="override-justification">Justification</label>
          <textarea
            id="override-justification"
            rows={5}
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'override-error' : 'override-hint'}
          />
          {error ? (
            <p className="field__error" id="override-error" role="alert">
              {error}
            </p>
          ) : (
            <p className="field__hint" id="override-hint">
              At least {OVERRIDE_JUSTIFICATION_MIN_LENGTH} characters: which answer or reason does not fit
              this system, and on what advice.
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="override-by">Decided by</label>
          <input id="override-by" value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Apply override
          </button>
        </div>
      </form>
    </Dialog>
  );
}
