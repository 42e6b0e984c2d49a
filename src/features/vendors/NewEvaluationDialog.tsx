import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { DEFAULT_TEMPLATE_ID } from '../../domain/vendors';
import { createEvaluationRecord } from '../../db/vendors/evaluations';
import { errorReasons } from '../../db/vendors/errors';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';
import { LINKED_REGISTERS, useCriteriaTemplates, useRegisterOptions, useVendorProfiles } from './shared/hooks';
import { ErrorList } from './shared/Notice';
import { VendorChecklist } from './VendorChecklist';

/** Starts an evaluation for the current client: title, use case, criteria template and vendors from the library. */
export function NewEvaluationDialog({ clientId, open, onOpenChange }: { clientId: string; open: boolean; onOpenChange(open: boolean): void }) {
  const profiles = useVendorProfiles() ?? [];
  const templates = useCriteriaTemplates() ?? [];
  const useCases = useRegisterOptions(clientId, LINKED_REGISTERS.useCase);
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [useCaseId, setUseCaseId] = useState('');
  const [useCaseName, setUseCaseName] = useState('');
  const [templateId, setTemplateId] = useState(DEFAULT_TEMPLATE_ID);
  const [vendorIds, setVendorIds] = useState<string[]>([]);
  const [reasons, setReasons] = useState<string[]>([]);

  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setTitle('');
      setUseCaseId('');
      setUseCaseName('');
      setTemplateId(DEFAULT_TEMPLATE_ID);
      setVendorIds([]);
      setReasons([]);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const template = templates.find((t) => t.id === templateId);
    const linked = useCases?.find((o) => o.id === useCaseId);
    try {
      const { evaluation } = await trackSave(
        createEvaluationRecord(db, { clientId, title, vendorIds, template, useCaseId: linked?.id, useCaseName: linked ? linked.label : useCaseName }),
      );
      close(false);
      navigate(`/clients/${clientId}/vendors/${evaluation.id}?tab=scores`);
    } catch (err) {
      setReasons(errorReasons(err, describeWriteError));
    }
  };

  return (
    <Dialog open={open} onOpenChange={close} title="New vendor evaluation" description="Compare one or more vendors for a use case. Criteria, knock-out gates and due-diligence questions are copied in and can be adjusted." wide>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="new-eval-title">Evaluation title</label>
            <input id="new-eval-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. CV summarisation tool" autoFocus />
          </div>
          {useCases ? (
            <div className="field">
              <label htmlFor="new-eval-usecase">Use case</label>
              <select id="new-eval-usecase" value={useCaseId} onChange={(e) => setUseCaseId(e.target.value)}>
                <option value="">Not linked</option>
                {useCases.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="field">
              <label htmlFor="new-eval-for">For (use case)</label>
              <input id="new-eval-for" value={useCaseName} onChange={(e) => setUseCaseName(e.target.value)} placeholder="e.g. Summarising CVs" />
            </div>
          )}
          <div className="field">
            <label htmlFor="new-eval-template">Criteria template</label>
            <select id="new-eval-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <VendorChecklist profiles={profiles} chosen={vendorIds} onChange={setVendorIds} />
        <ErrorList id="new-eval-errors" reasons={reasons} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => close(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create evaluation
          </button>
        </div>
      </form>
    </Dialog>
  );
}
