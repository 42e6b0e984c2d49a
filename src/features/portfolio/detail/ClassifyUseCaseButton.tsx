import { useLiveQuery } from 'dexie-react-hooks';
import { Scale } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { effectiveTier } from '../../../domain/governance';
import { RISK_TIER_LABELS, type UseCase } from '../../../domain/portfolio';
import { db } from '../../../db/core/schema';
import { aiSystemToClassify } from '../../../db/portfolio/useCaseClassification';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

/**
 * Opens the EU AI Act wizard for this use case. The law classifies AI systems, so the wizard runs on
 * the AI system entry this use case runs on (each, when it runs on several), or on a new entry created
 * for it; the button says which. The tier found there is the use case's tier.
 */
export function ClassifyUseCaseButton({ useCase }: { useCase: UseCase }) {
  const t = useT();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const systems = useLiveQuery(
    () =>
      db.aiSystems
        .where('useCaseIds')
        .equals(useCase.id)
        .filter((s) => s.clientId === useCase.clientId)
        .sortBy('name'),
    [useCase.id, useCase.clientId],
  );
  const open = async (systemId?: string) => {
    try {
      const id = systemId ?? (await trackSave(aiSystemToClassify(db, useCase)));
      navigate(`/clients/${useCase.clientId}/governance/ai-systems/${id}/classify?useCase=${useCase.id}`);
    } catch (err) {
      setError(describeWriteError(err));
    }
  };
  if (!systems) return null;
  return (
    <div className="classify-use-case">
      {systems.length === 0 ? (
        <>
          <button type="button" className="button" onClick={() => void open()}>
            <Scale size={16} aria-hidden /> {t('Classify with the EU AI Act wizard')}
          </button>
          <p className="muted small">
            {t(
              'No AI system entry yet: the wizard creates one named “{{title}}” in the AI system inventory, linked to this use case, and classifies it.',
              { title: useCase.title },
            )}
          </p>
        </>
      ) : (
        <>
          <p className="muted small">
            {systems.length === 1
              ? t('The EU AI Act classifies the AI system this use case runs on:')
              : t('Runs on {{n}} AI systems; the most severe tier counts. Classify each:', {
                  n: systems.length,
                })}
          </p>
          <div className="classify-use-case__buttons">
            {systems.map((system) => {
              const tier = effectiveTier(system.classification);
              return (
                <button key={system.id} type="button" className="button" onClick={() => void open(system.id)}>
                  <Scale size={16} aria-hidden />{' '}
                  {t(
                    system.classification
                      ? 'Re-classify {{name}} with the EU AI Act wizard'
                      : 'Classify {{name}} with the EU AI Act wizard',
                    { name: system.name },
                  )}
                  {tier !== 'unclassified' && (
                    <span className="muted"> {t('(now {{tier}})', { tier: t(RISK_TIER_LABELS[tier]) })}</span>
                  )}
                </button>
              );
            })}
          </div>
        </>
      )}
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
