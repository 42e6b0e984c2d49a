import { useLiveQuery } from 'dexie-react-hooks';
import { Copy, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import {
  allQuestions,
  MAP_TARGET_INFO,
  QUESTION_TYPE_LABELS,
  TEMPLATE_KIND_LABELS,
  type QuestionnaireTemplate,
} from '../../domain/questionnaires';
import { copyTemplate, deleteTemplate, listTemplates } from '../../db/questionnaires/questionnaires';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { TemplateEditor } from './TemplateEditor';
import './questionnaires.css';

/** The consultant's questionnaire templates: the shipped ones (copy to change) and own copies, editable. */
export function TemplateLibraryScreen() {
  const templates = useLiveQuery(() => listTemplates(db), []);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<QuestionnaireTemplate | null>(null);
  if (!templates) return null;

  const copy = async (template: QuestionnaireTemplate) => {
    try {
      const created = await trackSave(copyTemplate(db, template.id));
      setEditing(created.id);
      setMessage(`Copied “${template.title}”. The copy is yours to change.`);
    } catch (err) {
      setMessage(describeWriteError(err));
    }
  };
  const remove = async (template: QuestionnaireTemplate) => {
    await trackSave(deleteTemplate(db, template.id));
  };

  return (
    <div className="page">
      <PageHeader
        title="Questionnaire templates"
        subtitle="Consultant library · shared by all clients; a client's questionnaire keeps the version it was made from"
      />
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
      <div className="q-template-list">
        {templates.map((template) => (
          <section key={template.id} className="card" aria-label={template.title}>
            <div className="q-template">
              <div>
                <h2>{template.title}</h2>
                <p className="muted q-small">
                  {TEMPLATE_KIND_LABELS[template.kind]} · version {template.version} ·{' '}
                  {allQuestions(template).length} questions in {template.sections.length} sections · for{' '}
                  {template.audience.toLowerCase()}
                  {template.builtIn ? ' · shipped with CAIO Desk' : ''}
                </p>
                <p>{template.intro}</p>
              </div>
              <div className="page-header__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => copy(template)}
                  aria-label={`Copy ${template.title}`}
                >
                  <Copy size={16} aria-hidden /> Copy
                </button>
                {!template.builtIn && (
                  <>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setEditing(editing === template.id ? null : template.id)}
                      aria-expanded={editing === template.id}
                      aria-label={`Edit ${template.title}`}
                    >
                      <Pencil size={16} aria-hidden /> Edit
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setDeleting(template)}
                      aria-label={`Delete ${template.title}`}
                    >
                      <Trash2 size={16} aria-hidden /> Delete
                    </button>
                  </>
                )}
              </div>
            </div>
            {editing === template.id ? (
              <TemplateEditor template={template} />
            ) : (
              <details>
                <summary>Questions</summary>
                {template.sections.map((s) => (
                  <div key={s.id}>
                    <h3 className="q-small">{s.title}</h3>
                    <ol>
                      {s.questions.map((q) => (
                        <li key={q.id}>
                          {q.label}{' '}
                          <span className="muted q-small">
                            ({QUESTION_TYPE_LABELS[q.type]}
                            {q.required ? ', required' : ''}
                            {q.showIf ? ', conditional' : ''}
                            {q.mapTo ? `, goes to: ${MAP_TARGET_INFO[q.mapTo].label}` : ''})
                          </span>
                        </li>
                      ))}
                    </ol>
                  </div>
                ))}
              </details>
            )}
          </section>
        ))}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete the template “${deleting?.title ?? ''}”?`}
        message="Questionnaires made from it keep their questions."
        confirmLabel="Delete template"
        danger
        onConfirm={() => (deleting ? remove(deleting) : undefined)}
      />
    </div>
  );
}
