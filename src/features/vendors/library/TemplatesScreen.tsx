import { Copy, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { DEFAULT_CRITERIA_TEMPLATE, type CriteriaTemplate } from '../../../domain/vendors';
import { deleteCriteriaTemplate } from '../../../db/vendors/templates';
import { errorReasons } from '../../../db/vendors/errors';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useCriteriaTemplates } from '../shared/hooks';
import { Notice, type NoticeState } from '../shared/Notice';
import { Badge } from '../../../ui/Badge';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { SaveTemplateDialog } from '../shared/SaveTemplateDialog';
import { LibraryHeader } from './LibraryHeader';
import { TemplateEditor } from './TemplateEditor';
import '../vendors.css';

const CRITERIA_COLUMNS: TableColumn<CriteriaTemplate['criteria'][number]>[] = [
  { key: 'name', header: 'Criterion', render: (c) => c.name },
  { key: 'weight', header: 'Weight', numeric: true, render: (c) => `${c.weight}%` },
];

/** Criteria templates: the default that ships, and the user's own (weights always total 100). */

export function TemplatesScreen() {
  const templates = useCriteriaTemplates();
  const [copying, setCopying] = useState<CriteriaTemplate | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CriteriaTemplate | null>(null);
  const [notice, setNotice] = useState<NoticeState>(null);
  if (!templates) return null;
  const remove = async (template: CriteriaTemplate) => {
    try {
      await trackSave(deleteCriteriaTemplate(db, template.id));
    } catch (err) {
      setNotice({
        tone: 'error',
        title: 'The template was not deleted.',
        items: errorReasons(err, describeWriteError),
      });
    }
  };
  return (
    <div className="page page--wide">
      <LibraryHeader
        title="Criteria templates"
        subtitle="Criteria and weights to start an evaluation from. Evaluations keep their own copy."
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCopying(DEFAULT_CRITERIA_TEMPLATE)}
          >
            <Plus size={16} aria-hidden /> New template
          </button>
        }
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <div className="template-grid">
        {templates.map((t) => (
          <section
            key={t.id}
            className={`card ${editing === t.id ? 'template-grid__wide' : ''}`}
            aria-labelledby={`tpl-${t.id}`}
          >
            <div className="template-card__head">
              <h2 id={`tpl-${t.id}`}>{t.name}</h2>
              {t.builtIn && <Badge tone="info">Ships with the app</Badge>}
            </div>
            {editing === t.id ? (
              <TemplateEditor template={t} onDone={() => setEditing(null)} onNotice={setNotice} />
            ) : (
              <>
                <RecordTable
                  label={`Criteria of ${t.name}`}
                  compact
                  hideHeader
                  columns={CRITERIA_COLUMNS}
                  rows={t.criteria}
                  rowKey={(c) => c.id}
                />
                <div className="button-row template-card__actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => setCopying(t)}
                    aria-label={`Duplicate ${t.name}`}
                  >
                    <Copy size={16} aria-hidden /> Duplicate
                  </button>
                  {!t.builtIn && (
                    <>
                      <button
                        type="button"
                        className="button"
                        onClick={() => setEditing(t.id)}
                        aria-label={`Edit ${t.name}`}
                      >
                        <Pencil size={16} aria-hidden /> Edit
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setDeleting(t)}
                        aria-label={`Delete ${t.name}`}
                      >
                        <Trash2 size={16} aria-hidden /> Delete
                      </button>
                    </>
                  )}
                </div>
              </>
            )}
          </section>
        ))}
      </div>
      <SaveTemplateDialog
        open={copying !== null}
        onOpenChange={(open) => !open && setCopying(null)}
        criteria={copying?.criteria ?? []}
        onSaved={(name) =>
          setNotice({
            tone: 'success',
            title: `Template “${name}” saved. Edit it to change criteria and weights.`,
            items: [],
          })
        }
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        message="Evaluations made from it keep their own criteria."
        confirmLabel="Delete template"
        danger
        onConfirm={() => (deleting ? remove(deleting) : undefined)}
      />
    </div>
  );
}
