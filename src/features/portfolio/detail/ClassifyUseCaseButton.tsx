import { Scale } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { UseCase } from '../../../domain/portfolio';
import { db } from '../../../db/schema';
import { aiSystemToClassify } from '../../../db/useCaseClassification';
import { describeWriteError, trackSave } from '../../../state/saveStatus';

/**
 * Opens the EU AI Act wizard for this use case: on the AI system it runs on, or on a new entry in the
 * AI system inventory created for it. The resulting tier comes back to the use case.
 */
export function ClassifyUseCaseButton({ useCase }: { useCase: UseCase }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    try {
      const systemId = await trackSave(aiSystemToClassify(db, useCase));
      navigate(`/clients/${useCase.clientId}/governance/ai-systems/${systemId}/classify`);
    } catch (err) {
      setError(describeWriteError(err));
    }
  };
  return (
    <div className="classify-use-case">
      <button type="button" className="button" onClick={open}>
        <Scale size={16} aria-hidden /> Classify with the EU AI Act wizard
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
