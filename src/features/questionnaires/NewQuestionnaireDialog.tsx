import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { TEMPLATE_KIND_LABELS } from '../../domain/questionnaires';
import { createQuestionnaire, listTemplates } from '../../db/questionnaires/questionnaires';
import { db } from '../../db/core/schema';
import { evaluationsForClient } from '../../db/vendors/evaluations';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { Dialog } from '../../ui/Dialog';
import { questionnairePath } from './paths';

/** Creates a client's questionnaire from a library template (vendor due diligence: for one vendor of an evaluation). */
export function NewQuestionnaireDialog({ clientId, clientName, open, onOpenChange }: { clientId: string; clientName: string; open: boolean; onOpenChange(open: boolean): void }) {
  const data = useLiveQuery(async () => {
    const [templates, evaluations, vendors] = await Promise.all([listTemplates(db), evaluationsForClient(db, clientId), db.vendorProfiles.toArray()]);
    return { templates, evaluations, vendorNames: new Map(vendors.map((v) => [v.id, v.name])) };
  }, [clientId]);
  const [templateId, setTemplateId] = useState('builtin-shadow-ai');
  const [expected, setExpected] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  if (!data) return null;
  const template = data.templates.find((t) => t.id === templateId);
  const vendorTargets = data.evaluations.flatMap((e) => e.vendors.map((v) => ({ value: `${e.id}|${v.vendorId}`, label: `${data.vendorNames.get(v.vendorId) ?? 'Vendor'} – ${e.title}` })));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const count = expected.trim() === '' ? null : Number(expected);
    if (count !== null && !(Number.isInteger(count) && count >= 1)) return setError('Sent to: enter a whole number of people (1 or more), or leave it empty.');
    const [evaluationId, vendorId] = target.split('|');
    try {
      const created = await trackSave(createQuestionnaire(db, clientId, { templateId, expectedResponses: count, evaluationId: evaluationId || undefined, vendorId: vendorId || undefined }));
      onOpenChange(false);
      navigate(questionnairePath(clientId, created.id));
    } catch (err) {
      setError(describeWriteError(err));
    }
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New questionnaire" description={`For ${clientName}. It takes the template's questions as they are now; you then download the form and send it.`}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="new-q-template">Template</label>
          <select id="new-q-template" value={templateId} onChange={(e) => (setTemplateId(e.target.value), setError(null))}>
            {data.templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title} ({TEMPLATE_KIND_LABELS[t.kind]}, v{t.version})
              </option>
            ))}
          </select>
          {template && <p className="field__hint">For: {template.audience}.</p>}
        </div>
        {template?.kind === 'vendorDueDiligence' && (
          <div className="field">
            <label htmlFor="new-q-vendor">Vendor and evaluation</label>
            <select id="new-q-vendor" value={target} onChange={(e) => (setTarget(e.target.value), setError(null))}>
              <option value="">Choose…</option>
              {vendorTargets.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.label}
                </option>
              ))}
            </select>
            <p className="field__hint">The vendor's answers and evidence go into this evaluation's due-diligence questions.</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="new-q-expected">Sent to (number of people)</label>
          <input id="new-q-expected" inputMode="numeric" value={expected} onChange={(e) => (setExpected(e.target.value), setError(null))} placeholder="e.g. 40" />
          <p className="field__hint">For the response rate; you can change it later.</p>
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create questionnaire
          </button>
        </div>
      </form>
    </Dialog>
  );
}
