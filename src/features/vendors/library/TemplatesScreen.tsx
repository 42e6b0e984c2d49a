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
import type { Translate } from '../../../domain/shared/language';
import { useT } from '../../../state/interfaceLanguage';
import { templateName } from '../shared/labels';

const criteriaColumns = (t: Translate): TableColumn<CriteriaTemplate['criteria'][number]>[] => [
  { key: 'name', header: t('Criterion'), render: (c) => c.name },
  { key: 'weight', header: t('Weight'), numeric: true, render: (c) => `${c.weight}%` },
];

/** Criteria templates: the default that ships, and the user's own (weights always total 100). */

export function TemplatesScreen() {
  const t = useT();
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
        title: t('The template was not deleted.'),
        items: errorReasons(err, describeWriteError),
      });
    }
  };
  return (
    <div className="page page--wide">
      <LibraryHeader
        title={t('Criteria templates')}
        subtitle={t('Criteria and weights to start an evaluation from. Evaluations keep their own copy.')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCopying(DEFAULT_CRITERIA_TEMPLATE)}
          >
            <Plus size={16} aria-hidden /> {t('New template')}
          </button>
        }
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <div className="template-grid">
        {templates.map((template) => (
          <section
            key={template.id}
            className={`card ${editing === template.id ? 'template-grid__wide' : ''}`}
            aria-labelledby={`tpl-${template.id}`}
          >
            <div className="template-card__head">
              <h2 id={`tpl-${template.id}`}>{templateName(template, t)}</h2>
              {template.builtIn && <Badge tone="info">{t('Ships with the app')}</Badge>}
            </div>
            {editing === template.id ? (
              <TemplateEditor template={template} onDone={() => setEditing(null)} onNotice={setNotice} />
            ) : (
              <>
                <RecordTable
                  label={t('Criteria of {{name}}', { name: templateName(template, t) })}
                  compact
                  hideHeader
                  columns={criteriaColumns(t)}
                  rows={template.criteria}
                  rowKey={(c) => c.id}
                />
                <div className="button-row template-card__actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => setCopying(template)}
                    aria-label={t('Duplicate {{name}}', { name: templateName(template, t) })}
                  >
                    <Copy size={16} aria-hidden /> {t('Duplicate')}
                  </button>
                  {!template.builtIn && (
                    <>
                      <button
                        type="button"
                        className="button"
                        onClick={() => setEditing(template.id)}
                        aria-label={t('Edit {{name}}', { name: template.name })}
                      >
                        <Pencil size={16} aria-hidden /> {t('Edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setDeleting(template)}
                        aria-label={t('Delete {{name}}', { name: template.name })}
                      >
                        <Trash2 size={16} aria-hidden /> {t('Delete')}
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
            title: t('Template “{{name}}” saved. Edit it to change criteria and weights.', { name }),
            items: [],
          })
        }
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('Delete “{{name}}”?', { name: deleting?.name ?? '' })}
        message={t('Evaluations made from it keep their own criteria.')}
        confirmLabel={t('Delete template')}
        danger
        onConfirm={() => (deleting ? remove(deleting) : undefined)}
      />
    </div>
  );
}
