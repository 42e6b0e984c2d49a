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
import { useT } from '../../state/interfaceLanguage';

/** A template's questions, drawn only once opened (the content of a closed list is not on the page). */
function TemplateQuestions({ template }: { template: QuestionnaireTemplate }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('Questions')}</summary>
      {open &&
        template.sections.map((s) => (
          <div key={s.id}>
            <h3 className="q-small">{s.title}</h3>
            <ol>
              {s.questions.map((q) => (
                <li key={q.id}>
                  {q.label}{' '}
                  <span className="muted q-small">
                    (
                    {[
                      t(QUESTION_TYPE_LABELS[q.type]),
                      q.required ? t('required') : '',
                      q.showIf ? t('conditional') : '',
                      q.mapTo ? t('goes to: {{target}}', { target: t(MAP_TARGET_INFO[q.mapTo].label) }) : '',
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    )
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
    </details>
  );
}

/** The consultant's questionnaire templates: the shipped ones (copy to change) and own copies, editable. */
export function TemplateLibraryScreen() {
  const t = useT();
  const templates = useLiveQuery(() => listTemplates(db), []);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<QuestionnaireTemplate | null>(null);
  if (!templates) return null;

  const copy = async (template: QuestionnaireTemplate) => {
    try {
      const created = await trackSave(copyTemplate(db, template.id));
      setEditing(created.id);
      setMessage(t('Copied “{{title}}”. The copy is yours to change.', { title: template.title }));
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
        title={t('Questionnaire templates')}
        subtitle={t(
          'Consultant library · shared by all clients; a client’s questionnaire keeps the version it was made from',
        )}
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
                  {t(
                    template.builtIn
                      ? '{{kind}} · version {{version}} · {{questions}} questions in {{sections}} sections · for {{audience}} · shipped with CAIO Desk'
                      : '{{kind}} · version {{version}} · {{questions}} questions in {{sections}} sections · for {{audience}}',
                    {
                      kind: t(TEMPLATE_KIND_LABELS[template.kind]),
                      version: template.version,
                      questions: allQuestions(template).length,
                      sections: template.sections.length,
                      audience: template.audience,
                    },
                  )}
                </p>
                <p>{template.intro}</p>
              </div>
              <div className="page-header__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => copy(template)}
                  aria-label={t('Copy {{title}}', { title: template.title })}
                >
                  <Copy size={16} aria-hidden /> {t('Copy')}
                </button>
                {!template.builtIn && (
                  <>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setEditing(editing === template.id ? null : template.id)}
                      aria-expanded={editing === template.id}
                      aria-label={t('Edit {{title}}', { title: template.title })}
                    >
                      <Pencil size={16} aria-hidden /> {t('Edit')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setDeleting(template)}
                      aria-label={t('Delete {{title}}', { title: template.title })}
                    >
                      <Trash2 size={16} aria-hidden /> {t('Delete')}
                    </button>
                  </>
                )}
              </div>
            </div>
            {editing === template.id ? (
              <TemplateEditor template={template} />
            ) : (
              <TemplateQuestions template={template} />
            )}
          </section>
        ))}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('Delete the template “{{title}}”?', { title: deleting?.title ?? '' })}
        message={t('Questionnaires made from it keep their questions.')}
        confirmLabel={t('Delete template')}
        danger
        onConfirm={() => (deleting ? remove(deleting) : undefined)}
      />
    </div>
  );
}
