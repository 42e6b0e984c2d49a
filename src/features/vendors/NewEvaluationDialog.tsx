import { useState } from 'react';
import { DEFAULT_TEMPLATE_ID } from '../../domain/vendors';
import { createEvaluationRecord } from '../../db/vendors/evaluations';
import { errorReasons } from '../../db/vendors/errors';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { useOpenCreated } from '../../ui/focusFirstField';
import { FormDialog, FormField } from '../../ui/FormDialog';
import {
  LINKED_REGISTERS,
  useCriteriaTemplates,
  useRegisterOptions,
  useVendorProfiles,
} from './shared/hooks';
import { VendorChecklist } from './VendorChecklist';
import type { DialogOpenProps } from '../../ui/Dialog';
import { useT } from '../../state/interfaceLanguage';
import { templateName } from './shared/labels';

/** Starts an evaluation for the current client: title, use case, criteria template and vendors from the library. */
export function NewEvaluationDialog({
  clientId,
  open,
  onOpenChange,
}: { clientId: string } & DialogOpenProps) {
  const t = useT();
  const profiles = useVendorProfiles() ?? [];
  const templates = useCriteriaTemplates() ?? [];
  const useCases = useRegisterOptions(clientId, LINKED_REGISTERS.useCase);
  const openCreated = useOpenCreated();
  const [title, setTitle] = useState('');
  const [useCaseId, setUseCaseId] = useState('');
  const [useCaseName, setUseCaseName] = useState('');
  const [templateId, setTemplateId] = useState(DEFAULT_TEMPLATE_ID);
  const [vendorIds, setVendorIds] = useState<string[]>([]);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setTitle('');
      setUseCaseId('');
      setUseCaseName('');
      setTemplateId(DEFAULT_TEMPLATE_ID);
      setVendorIds([]);
    }
  };
  const submit = async () => {
    const template = templates.find((x) => x.id === templateId);
    const linked = useCases?.find((o) => o.id === useCaseId);
    try {
      const { evaluation } = await trackSave(
        createEvaluationRecord(db, {
          clientId,
          title,
          vendorIds,
          template,
          useCaseId: linked?.id,
          useCaseName: linked ? linked.label : useCaseName,
        }),
      );
      openCreated(`/clients/${clientId}/vendors/${evaluation.id}?tab=scores`);
    } catch (err) {
      return { message: errorReasons(err, describeWriteError).join(' ') };
    }
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title={t('New vendor evaluation')}
      description={t(
        'Compare one or more vendors for a use case. Criteria, knock-out gates and due-diligence questions are copied in and can be adjusted.',
      )}
      wide
      submitLabel={t('Create evaluation')}
      onSubmit={submit}
    >
      <div className="form-grid">
        <FormField name="title" label={t('Evaluation title')}>
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('e.g. CV summarisation tool')}
            autoFocus
          />
        </FormField>
        {useCases ? (
          <FormField name="useCaseId" label={t('Use case')}>
            <select value={useCaseId} onChange={(e) => setUseCaseId(e.target.value)}>
              <option value="">{t('Not linked')}</option>
              {useCases.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <FormField name="useCaseName" label={t('For (use case)')}>
            <input
              value={useCaseName}
              onChange={(e) => setUseCaseName(e.target.value)}
              placeholder={t('e.g. Summarising CVs')}
            />
          </FormField>
        )}
        <FormField name="templateId" label={t('Criteria template')}>
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {templateName(template, t)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <VendorChecklist profiles={profiles} chosen={vendorIds} onChange={setVendorIds} />
    </FormDialog>
  );
}
