import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useState } from 'react';
import {
  moveQuestion,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  questionRemovalProblem,
  removeQuestion,
  retyped,
  updateQuestion,
  type Question,
  type QuestionnaireTemplate,
  type QuestionType,
} from '../../domain/questionnaires';
import { ValidationError } from '../../db/core/errors';
import { AutoSaveField, AutoSaveSelect } from '../../ui/AutoSaveField';
import { SavingCheckbox } from '../../ui/SavingCheckbox';
import { ConditionEditor, MappingEditor, OptionsEditor, ScaleEditor } from './QuestionParts';
import type { TemplateEdits } from './templateEditing';
import { ErrorText } from '../../ui/FieldMessages';
import { useT } from '../../state/interfaceLanguage';

/** One question of a template: its text, help, type, required, options or scale, condition and mapping; each edit saves itself. */
export function QuestionEditor({
  template,
  question,
  number,
  edits,
  first,
  last,
}: {
  template: QuestionnaireTemplate;
  question: Question;
  number: number;
  edits: TemplateEdits;
  first: boolean;
  last: boolean;
}) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const typeOptions = QUESTION_TYPES.map((type) => ({ value: type, label: t(QUESTION_TYPE_LABELS[type]) }));
  const parts = { template, question, edits, onProblem: setProblem };
  const name = question.label || t('question {{number}}', { number });
  const restructure = async (change: Parameters<TemplateEdits['restructure']>[0]) =>
    setProblem(await edits.restructure(change));
  const remove = () => {
    const blocked = questionRemovalProblem(template.sections, question.id);
    if (blocked) return setProblem(blocked);
    void restructure((sections) => removeQuestion(sections, question.id));
  };
  const change = async (edit: (q: Question) => Question) => {
    const refused = await edits.restructure((sections) => updateQuestion(sections, question.id, edit));
    if (refused) throw new ValidationError(refused);
  };
  const choice = question.type === 'single' || question.type === 'multiple';
  return (
    <section
      className="q-question-edit"
      aria-label={t('Question {{number}}: {{label}}', { number, label: question.label })}
    >
      <div className="q-question-edit__head">
        <h4>
          {t('Question {{number}}', { number })}{' '}
          <span className="muted q-small">· {t(QUESTION_TYPE_LABELS[question.type])}</span>
        </h4>
        <div className="button-row">
          <button
            type="button"
            className="icon-button"
            aria-label={t('Move {{name}} up', { name })}
            disabled={first}
            onClick={() => void restructure((sections) => moveQuestion(sections, question.id, -1))}
          >
            <ArrowUp size={16} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('Move {{name}} down', { name })}
            disabled={last}
            onClick={() => void restructure((sections) => moveQuestion(sections, question.id, 1))}
          >
            <ArrowDown size={16} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('Remove question: {{name}}', { name })}
            onClick={remove}
          >
            <Trash2 size={16} aria-hidden />
          </button>
        </div>
      </div>
      <div className="q-edit-grid">
        <AutoSaveField
          label={t('Question text')}
          value={question.label}
          validate={edits.check(edits.path(question.id, 'label'), question.id, 'label')}
          save={(raw) => edits.save(edits.path(question.id, 'label'), raw)}
        />
        <AutoSaveSelect<QuestionType>
          label={t('Type of answer')}
          value={question.type}
          options={typeOptions}
          save={(type) => change((q) => retyped(q, type))}
        />
      </div>
      <AutoSaveField
        label={t('Help text')}
        multiline
        rows={2}
        value={question.help}
        validate={edits.check(edits.path(question.id, 'help'), question.id, 'help')}
        save={(raw) => edits.save(edits.path(question.id, 'help'), raw)}
      />
      <SavingCheckbox checked={question.required} save={(on) => change((q) => ({ ...q, required: on }))}>
        {t('Required: the form is saved only with an answer')}
      </SavingCheckbox>
      {choice && <OptionsEditor {...parts} />}
      {question.type === 'scale' && <ScaleEditor {...parts} />}
      <ConditionEditor {...parts} />
      <MappingEditor {...parts} />
      <ErrorText>{problem}</ErrorText>
    </section>
  );
}
