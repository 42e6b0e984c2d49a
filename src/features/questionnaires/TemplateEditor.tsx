import { Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import {
  addQuestion,
  allQuestions,
  newQuestion,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type QuestionnaireTemplate,
  type QuestionType,
  type Section,
} from '../../domain/questionnaires';
import { newId } from '../../db/core/ids';
import { AddTextForm } from '../../ui/AddTextForm';
import { AutoSaveField } from '../../ui/AutoSaveField';
import { QuestionEditor } from './QuestionEditor';
import { templateEdits, type TemplateEdits } from './templateEditing';
import { ErrorText } from '../../ui/FieldMessages';
import { useT } from '../../state/interfaceLanguage';

/** Edits a library template in full: its texts, sections, and every question (see QuestionEditor); each edit saves itself. */
export function TemplateEditor({ template }: { template: QuestionnaireTemplate }) {
  const t = useT();
  const edits = templateEdits(template);
  const [problem, setProblem] = useState<string | null>(null);
  const questions = allQuestions(template);
  const text = (field: 'title' | 'intro' | 'audience', label: string, multiline = false) => (
    <AutoSaveField
      label={label}
      multiline={multiline}
      rows={3}
      value={template[field]}
      validate={edits.check(field, undefined, field)}
      save={(raw) => edits.save(field, raw)}
    />
  );
  const titleField = text('title', t('Title'));
  const audienceField = text('audience', t('Who fills it in'));
  const introField = text('intro', t('Introduction'), true);
  return (
    <div className="q-editor">
      <p className="muted q-small">
        {t(
          'Every change is saved as you make it. A change to a version that a client’s questionnaire already uses makes a new version; forms already sent keep theirs.',
        )}
      </p>
      {template.kind === 'vendorDueDiligence' && (
        <p className="muted q-small">
          {t(
            'A vendor due-diligence questionnaire takes its questions from the vendor evaluation’s own question bank when it is made; the texts here are its introduction.',
          )}
        </p>
      )}
      <div className="q-edit-grid">
        {titleField}
        {audienceField}
      </div>
      {introField}
      {template.sections.map((section, si) => (
        <SectionEditor
          key={section.id}
          template={template}
          section={section}
          index={si}
          edits={edits}
          onProblem={setProblem}
          firstId={questions[0]?.id}
          lastId={questions.at(-1)?.id}
        />
      ))}
      <AddSection edits={edits} onProblem={setProblem} />
      <AddQuestion template={template} edits={edits} onProblem={setProblem} />
      <ErrorText>{problem}</ErrorText>
    </div>
  );
}

function SectionEditor({
  template,
  section,
  index,
  edits,
  onProblem,
  firstId,
  lastId,
}: {
  template: QuestionnaireTemplate;
  section: Section;
  index: number;
  edits: TemplateEdits;
  onProblem(message: string | null): void;
  firstId?: string;
  lastId?: string;
}) {
  const t = useT();
  const before = template.sections.slice(0, index).reduce((n, s) => n + s.questions.length, 0);
  const remove = async () => {
    if (template.sections.length === 1) return onProblem(t('A questionnaire needs at least one section.'));
    if (section.questions.length > 0)
      return onProblem(
        t('Section “{{title}}” still has questions: move or remove them first.', { title: section.title }),
      );
    onProblem(await edits.restructure((sections) => sections.filter((s) => s.id !== section.id)));
  };
  return (
    <fieldset className="q-editor__section">
      <legend>{t('Section {{number}}: {{title}}', { number: index + 1, title: section.title })}</legend>
      <div className="q-edit-grid q-edit-grid--section">
        <AutoSaveField
          label={t('Title of section {{number}}', { number: index + 1 })}
          value={section.title}
          validate={edits.check(`sections.${index}.title`, undefined, 'sectionTitle')}
          save={(raw) => edits.save(`sections.${index}.title`, raw)}
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void remove()}
          aria-label={t('Remove section {{title}}', { title: section.title })}
        >
          <Trash2 size={16} aria-hidden /> {t('Remove section')}
        </button>
      </div>
      {section.questions.length === 0 && <p className="muted">{t('No questions in this section yet.')}</p>}
      {section.questions.map((q, qi) => (
        <QuestionEditor
          key={q.id}
          template={template}
          question={q}
          number={before + qi + 1}
          edits={edits}
          first={q.id === firstId}
          last={q.id === lastId}
        />
      ))}
    </fieldset>
  );
}

function AddSection({ edits, onProblem }: { edits: TemplateEdits; onProblem(message: string | null): void }) {
  const t = useT();
  const add = (title: string) =>
    edits.restructure((sections) => [
      ...sections,
      { id: `s-${newId().slice(0, 8)}`, title, intro: '', questions: [] },
    ]);
  return (
    <AddTextForm
      label={t('New section')}
      button={t('Add section')}
      maxLength={200}
      add={add}
      onProblem={onProblem}
    />
  );
}

function AddQuestion({
  template,
  edits,
  onProblem,
}: {
  template: QuestionnaireTemplate;
  edits: TemplateEdits;
  onProblem(message: string | null): void;
}) {
  const t = useT();
  const id = useId();
  const [sectionId, setSectionId] = useState(template.sections.at(-1)!.id);
  const [type, setType] = useState<QuestionType>('shortText');
  const [label, setLabel] = useState('');
  const [options, setOptions] = useState('');
  const choice = type === 'single' || type === 'multiple';
  const section = template.sections.some((s) => s.id === sectionId)
    ? sectionId
    : template.sections.at(-1)!.id;
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return onProblem(t('Type the new question first.'));
    const question = newQuestion(`q-${newId().slice(0, 8)}`, type, label, options.split('\n'));
    const refused = await edits.restructure((sections) => addQuestion(sections, section, question));
    onProblem(refused);
    if (refused) return;
    setLabel('');
    setOptions('');
  };
  return (
    <form className="q-editor__add" onSubmit={add} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('Add a question')}</h3>
      <div className="q-edit-grid">
        <div className="field">
          <label htmlFor={`${id}-section`}>{t('To section')}</label>
          <select id={`${id}-section`} value={section} onChange={(e) => setSectionId(e.target.value)}>
            {template.sections.map((s, i) => (
              <option key={s.id} value={s.id}>
                {i + 1}. {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('Type of the new question')}</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(QUESTION_TYPE_LABELS[type])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('New question')}</label>
        <input id={`${id}-label`} value={label} maxLength={500} onChange={(e) => setLabel(e.target.value)} />
      </div>
      {choice && (
        <div className="field">
          <label htmlFor={`${id}-options`}>{t('Its options (one per line, at least two)')}</label>
          <textarea
            id={`${id}-options`}
            rows={4}
            value={options}
            onChange={(e) => setOptions(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className="button">
        {t('Add question')}
      </button>
    </form>
  );
}
