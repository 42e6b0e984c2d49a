import { linkEvaluation, type Evaluation } from '../../../domain/vendors';
import { AutoSaveField, AutoSaveSelect } from '../../../ui/AutoSaveField';
import { LINKED_REGISTERS, useRegisterOptions } from '../shared/hooks';
import { writeEvaluationChange } from './evaluationWrites';
import { useT } from '../../../state/interfaceLanguage';

const NONE = '';

/**
 * Links to the client's use case and AI-system entry. Each picker appears when that register exists;
 * without a use-case register the use case is a free-text "for". Links stay editable after the decision.
 */
export function LinkFields({ evaluation }: { evaluation: Evaluation }) {
  const t = useT();
  const useCases = useRegisterOptions(evaluation.clientId, LINKED_REGISTERS.useCase);
  const aiSystems = useRegisterOptions(evaluation.clientId, LINKED_REGISTERS.aiSystem);
  const link = (input: Parameters<typeof linkEvaluation>[1]) =>
    writeEvaluationChange(evaluation.id, (e, now) => linkEvaluation(e, input, now));
  if (useCases === undefined || aiSystems === undefined) return null;
  const missing = (id: string | undefined, options: { id: string }[]) =>
    id && !options.some((o) => o.id === id) ? [{ value: id, label: t('Linked record not found') }] : [];
  return (
    <>
      {useCases === null ? (
        <AutoSaveField
          label={t('For (use case)')}
          value={evaluation.useCaseName}
          hint={t('The use case this evaluation is for, in a few words.')}
          save={(raw) => link({ useCaseName: raw })}
        />
      ) : (
        <AutoSaveSelect
          label={t('Use case')}
          value={evaluation.useCaseId ?? NONE}
          options={[
            { value: NONE, label: t('Not linked') },
            ...missing(evaluation.useCaseId, useCases),
            ...useCases.map((o) => ({ value: o.id, label: o.label })),
          ]}
          hint={t('The pilot of this use case shows which vendor was chosen and why.')}
          save={(id) =>
            link({ useCaseId: id || null, useCaseName: useCases.find((o) => o.id === id)?.label ?? '' })
          }
        />
      )}
      {aiSystems !== null && (
        <AutoSaveSelect
          label={t('AI system entry')}
          value={evaluation.aiSystemId ?? NONE}
          options={[
            { value: NONE, label: t('Not linked') },
            ...missing(evaluation.aiSystemId, aiSystems),
            ...aiSystems.map((o) => ({ value: o.id, label: o.label })),
          ]}
          hint={t('The AI-system register entry of the chosen tool.')}
          save={(id) => link({ aiSystemId: id || null })}
        />
      )}
    </>
  );
}
