import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { TEMPLATE_KIND_LABELS } from '../../domain/questionnaires';
import { createQuestionnaire, listTemplates } from '../../db/questionnaires/questionnaires';
import { db } from '../../db/core/schema';
import { evaluationsForClient } from '../../db/vendors/evaluations';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog, FormField } from '../../ui/FormDialog';
import { saveFromForm } from '../../ui/writeProblem';
import { questionnairePath } from './paths';
import type { DialogOpenProps } from '../../ui/Dialog';
import { useT } from '../../state/interfaceLanguage';

/** Creates a client's questionnaire from a library template (vendor due diligence: for one vendor of an evaluation). */
export function NewQuestionnaireDialog({
  clientId,
  clientName,
  open,
  onOpenChange,
}: { clientId: string; clientName: string } & DialogOpenProps) {
  const t = useT();
  const data = useLiveQuery(async () => {
    const [templates, evaluations, vendors] = await Promise.all([
      listTemplates(db),
      evaluationsForClient(db, clientId),
      db.vendorProfiles.toArray(),
    ]);
    return { templates, evaluations, vendorNames: new Map(vendors.map((v) => [v.id, v.name])) };
  }, [clientId]);
  const [templateId, setTemplateId] = useState('builtin-shadow-ai');
  const [expected, setExpected] = useState('');
  const [target, setTarget] = useState('');
  const openCreated = useOpenCreated();
  if (!data) return null;
  const template = data.templates.find((candidate) => candidate.id === templateId);
  const vendorTargets = data.evaluations.flatMap((e) =>
    e.vendors.map((v) => ({
      value: `${e.id}|${v.vendorId}`,
      label: `${data.vendorNames.get(v.vendorId) ?? t('Vendor')} – ${e.title}`,
    })),
  );

  const submit = async () => {
    const count = expected.trim() === '' ? null : Number(expected);
    if (count !== null && !(Number.isInteger(count) && count >= 1))
      return {
        field: 'expected',
        message: t('Sent to: enter a whole number of people (1 or more), or leave it empty.'),
      };
    const [evaluationId, vendorId] = target.split('|');
    return saveFromForm(
      createQuestionnaire(db, clientId, {
        templateId,
        expectedResponses: count,
        evaluationId: evaluationId || undefined,
        vendorId: vendorId || undefined,
      }),
      (created) => openCreated(questionnairePath(clientId, created.id)),
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('New questionnaire')}
      description={t(
        'For {{client}}. It takes the template’s questions as they are now; you then download the form and send it.',
        { client: clientName },
      )}
      submitLabel={t('Create questionnaire')}
      onSubmit={submit}
    >
      <FormField
        name="templateId"
        label={t('Template')}
        hint={template ? t('For: {{audience}}.', { audience: template.audience }) : undefined}
      >
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {data.templates.map((option) => (
            <option key={option.id} value={option.id}>
              {t('{{title}} ({{kind}}, v{{version}})', {
                title: option.title,
                kind: t(TEMPLATE_KIND_LABELS[option.kind]),
                version: option.version,
              })}
            </option>
          ))}
        </select>
      </FormField>
      {template?.kind === 'vendorDueDiligence' && (
        <FormField
          name="vendorId"
          label={t('Vendor and evaluation')}
          hint={t('The vendor’s answers and evidence go into this evaluation’s due-diligence questions.')}
        >
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('Choose…')}</option>
            {vendorTargets.map((v) => (
              <option key={v.value} value={v.value}>
                {v.label}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField
        name="expected"
        label={t('Sent to (number of people)')}
        hint={t('For the response rate; you can change it later.')}
      >
        <input
          inputMode="numeric"
          value={expected}
          onChange={(e) => setExpected(e.target.value)}
          placeholder={t('e.g. 40')}
        />
      </FormField>
    </FormDialog>
  );
}
