import { ChevronLeft } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { saveClassification, saveClassificationDraft } from '../../../db/governance/classification';
import { db } from '../../../db/core/schema';
import { type AiActAnswers } from '../../../domain/governance';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { PageHeader } from '../../../ui/PageHeader';
import { recordPath } from '../registers/registerUi';
import { useGovernance } from '../useGovernance';
import { ClassificationWizard } from './ClassificationWizard';
import { todayIso } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';

/**
 * The wizard for one AI system: each answer is saved as a draft; "Save classification" stores the result.
 * Opened from a use case (`?useCase=<id>`), it says which system of which use case it classifies and
 * returns to the use case, whose tier is read from this classification.
 */
export function ClassificationWizardScreen() {
  const { recordId } = useParams();
  const [params] = useSearchParams();
  const { client, data } = useGovernance();
  const system = data.aiSystems.find((s) => s.id === recordId);
  const useCases = (data.useCaseFacts ?? []).filter((u) => system?.useCaseIds.includes(u.id));
  const fromUseCase = useCases.find((u) => u.id === params.get('useCase'));
  const navigate = useNavigate();
  const t = useT();
  const [answers, setAnswers] = useState<AiActAnswers>(() => system?.classificationDraft ?? {});
  const [saveError, setSaveError] = useState<string | null>(null);
  if (!system) {
    return (
      <div className="empty-state">
        <h1>{t('This AI system does not exist')}</h1>
        <Link className="button" to={`/clients/${client.id}/governance/ai-systems`}>
          {t('Go to {{register}}', { register: t('AI systems') })}
        </Link>
      </div>
    );
  }
  const systemPath = recordPath(client.id, 'aiSystems', system.id);
  const returnPath = fromUseCase ? `/clients/${client.id}/portfolio/${fromUseCase.id}` : systemPath;
  const today = todayIso();
  const title =
    fromUseCase && fromUseCase.title !== system.name
      ? t('Classify {{system}}, the AI system of {{useCase}}', {
          system: system.name,
          useCase: fromUseCase.title,
        })
      : t('Classify {{system}}', { system: system.name });
  const runsFor =
    useCases.length > 0
      ? t('AI system of {{useCases}} · their EU AI Act tier comes from this classification', {
          useCases: useCases.map((u) => u.title).join(', '),
        })
      : t('AI system not linked to a use case');

  const onAnswer = (patch: Record<string, unknown>) => {
    const next = { ...answers, ...patch } as Record<string, unknown>;
    for (const [id, value] of Object.entries(patch)) if (value === undefined) delete next[id];
    setAnswers(next as AiActAnswers);
    setSaveError(null);
    trackSave(saveClassificationDraft(db, system.id, next as AiActAnswers)).catch((err: unknown) =>
      setSaveError(describeWriteError(err)),
    );
  };
  const onSave = () => {
    trackSave(saveClassification(db, system.id, answers, today)).then(
      () => navigate(returnPath),
      (err: unknown) => setSaveError(describeWriteError(err)),
    );
  };

  return (
    <div className="page">
      <Link className="back-link" to={returnPath}>
        <ChevronLeft size={16} aria-hidden /> {fromUseCase ? fromUseCase.title : system.name}
      </Link>
      <PageHeader
        title={title}
        subtitle={[
          client.name,
          runsFor,
          t('answers are saved as you go'),
          ...(system.classification
            ? [t('saving replaces the current classification and any override')]
            : []),
        ].join(' · ')}
      />
      <ClassificationWizard
        subject={system.name}
        answers={answers}
        onAnswer={onAnswer}
        asOf={today}
        onSave={onSave}
        saveError={saveError}
      />
    </div>
  );
}
