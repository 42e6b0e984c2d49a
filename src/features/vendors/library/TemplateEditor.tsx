import { useState } from 'react';
import type { CriteriaTemplate } from '../../../domain/vendors';
import { updateCriteriaTemplateRecord } from '../../../db/vendors/templates';
import { errorReasons } from '../../../db/vendors/errors';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { CriteriaEditor } from '../shared/CriteriaEditor';
import { useCriteriaDraft } from '../shared/criteriaDraft';
import { ErrorList, type NoticeState } from '../shared/Notice';
import { useT } from '../../../state/interfaceLanguage';

/** Edits a template's name and criteria; saved together, only when the weights total 100. */
export function TemplateEditor({
  template,
  onDone,
  onNotice,
}: {
  template: CriteriaTemplate;
  onDone(): void;
  onNotice(notice: NoticeState): void;
}) {
  const t = useT();
  const draft = useCriteriaDraft(template.criteria);
  const [name, setName] = useState(template.name);
  const [reasons, setReasons] = useState<string[]>([]);
  const save = async () => {
    // Invalid criteria are explained under the editor already; nothing is saved.
    if (!draft.valid) return setReasons([]);
    try {
      await trackSave(updateCriteriaTemplateRecord(db, template.id, { name, criteria: draft.criteria }));
      onNotice({ tone: 'success', title: t('Template “{{name}}” saved.', { name: name.trim() }), items: [] });
      onDone();
    } catch (err) {
      setReasons(errorReasons(err, describeWriteError));
    }
  };
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={`tpl-name-${template.id}`}>{t('Template name')}</label>
        <input id={`tpl-name-${template.id}`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <CriteriaEditor
        draft={draft}
        readOnly={false}
        label={t('Criteria of {{name}}', { name: template.name })}
      />
      <ErrorList reasons={reasons} />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('Save template')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('Cancel')}
        </button>
      </div>
    </div>
  );
}
