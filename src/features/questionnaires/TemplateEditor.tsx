import { Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type Question, type QuestionnaireTemplate, type QuestionType, type TemplateContent } from '../../domain/questionnaires';
import { updateTemplate } from '../../db/questionnaires';
import { db } from '../../db/schema';
import { newId } from '../../db/ids';
import { describeWriteError, trackSave } from '../../state/saveStatus';

/** Edits a library template: its texts, each question's text and whether it is required, adding and removing questions. */
export function TemplateEditor({ template }: { template: QuestionnaireTemplate }) {
  const [error, setError] = useState<string | null>(null);
  const [type, setType] = useState<QuestionType>('shortText');
  const [label, setLabel] = useState('');
  const [options, setOptions] = useState('');
  const save = async (patch: Partial<TemplateContent>) => {
    try {
      await trackSave(updateTemplate(db, template.id, patch));
      setError(null);
    } catch (err) {
      setError(describeWriteError(err));
    }
  };
  const editQuestion = (id: string, change: Partial<Question> | null) =>
    save({ sections: template.sections.map((s) => ({ ...s, questions: s.questions.flatMap((q) => (q.id !== id ? [q] : change ? [{ ...q, ...change }] : [])) })) });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const choices = options.split('\n').map((o) => o.trim()).filter(Boolean);
    const question: Question = {
      id: `q-${newId().slice(0, 8)}`,
      type,
      label: label.trim(),
      help: '',
      required: false,
      options: type === 'single' || type === 'multiple' ? choices.map((c, i) => ({ value: `o${i + 1}`, label: c })) : [],
      ...(type === 'scale' ? { scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Fully' } } : {}),
    };
    const last = template.sections.length - 1;
    await save({ sections: template.sections.map((s, i) => (i === last ? { ...s, questions: [...s.questions, question] } : s)) });
    setLabel('');
    setOptions('');
  };

  return (
    <div className="q-editor">
      <div className="field">
        <label htmlFor={`t-title-${template.id}`}>Title</label>
        <input id={`t-title-${template.id}`} defaultValue={template.title} onBlur={(e) => e.target.value !== template.title && save({ title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`t-intro-${template.id}`}>Introduction</label>
        <textarea id={`t-intro-${template.id}`} rows={3} defaultValue={template.intro} onBlur={(e) => e.target.value !== template.intro && save({ intro: e.target.value })} />
      </div>
      {template.sections.map((section) => (
        <fieldset key={section.id} className="q-editor__section">
          <legend>{section.title}</legend>
          {section.questions.map((q) => (
            <div key={`${q.id}-${template.version}`} className="q-question-edit">
              <div className="field">
                <label htmlFor={`t-q-${template.id}-${q.id}`}>
                  Question ({QUESTION_TYPE_LABELS[q.type]})
                </label>
                <input id={`t-q-${template.id}-${q.id}`} defaultValue={q.label} onBlur={(e) => e.target.value !== q.label && editQuestion(q.id, { label: e.target.value })} />
              </div>
              <label className="checkbox">
                <input type="checkbox" checked={q.required} onChange={(e) => editQuestion(q.id, { required: e.target.checked })} /> Required
              </label>
              <button type="button" className="icon-button" aria-label={`Remove question: ${q.label}`} onClick={() => editQuestion(q.id, null)}>
                <Trash2 size={16} aria-hidden />
              </button>
            </div>
          ))}
        </fieldset>
      ))}
      <form className="q-editor__add" onSubmit={add}>
        <h3>Add a question (to the last section)</h3>
        <div className="field">
          <label htmlFor={`t-new-type-${template.id}`}>Type</label>
          <select id={`t-new-type-${template.id}`} value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`t-new-label-${template.id}`}>Question</label>
          <input id={`t-new-label-${template.id}`} value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
        {(type === 'single' || type === 'multiple') && (
          <div className="field">
            <label htmlFor={`t-new-options-${template.id}`}>Options (one per line)</label>
            <textarea id={`t-new-options-${template.id}`} rows={4} value={options} onChange={(e) => setOptions(e.target.value)} />
          </div>
        )}
        <button type="submit" className="button">
          Add question
        </button>
      </form>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
