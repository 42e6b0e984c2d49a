import { Trash2 } from 'lucide-react';
import {
  allQuestions,
  CONDITION_TYPES,
  conditionAnswers,
  MAP_TARGET_INFO,
  mapTargetsFor,
  optionRemovalProblem,
  optionValue,
  TRAINING_STEPS,
  updateQuestion,
  type MapTarget,
  type Question,
  type QuestionnaireTemplate,
} from '../../domain/questionnaires';
import { ValidationError } from '../../db/core/errors';
import { AddTextForm } from '../../ui/AddTextForm';
import { AutoSaveField, AutoSaveSelect } from '../../ui/AutoSaveField';
import { SavingCheckbox } from '../../ui/SavingCheckbox';
import type { TemplateEdits } from './templateEditing';
import { useT } from '../../state/interfaceLanguage';

interface PartProps {
  template: QuestionnaireTemplate;
  question: Question;
  edits: TemplateEdits;
  /** Shows why a structural change was refused (next to the question). */
  onProblem(message: string | null): void;
}

/** Runs a structural change of this question; a refusal rejects with its message, which the saving control shows next to itself. */
function changer({ question, edits, onProblem }: PartProps) {
  return async (change: (q: Question) => Question) => {
    const problem = await edits.restructure((sections) => updateQuestion(sections, question.id, change));
    if (problem) throw new ValidationError(problem);
    onProblem(null);
  };
}

/** The options of a choice question: each text editable, added and removed (at least two stay). */
export function OptionsEditor(props: PartProps) {
  const { template, question, edits, onProblem } = props;
  const t = useT();
  const change = changer(props);
  const add = (text: string) =>
    change((q) => ({
      ...q,
      options: [
        ...q.options,
        {
          value: optionValue(
            text,
            q.options.map((o) => o.value),
          ),
          label: text,
        },
      ],
    })).then(
      () => null,
      (err: Error) => err.message,
    );
  const remove = (value: string) => {
    const problem = optionRemovalProblem(template.sections, question, value);
    if (problem) return onProblem(problem);
    void change((q) => ({ ...q, options: q.options.filter((o) => o.value !== value) })).catch((err: Error) =>
      onProblem(err.message),
    );
  };
  return (
    <div
      className="q-edit-block"
      role="group"
      aria-label={t('Options of “{{label}}”', { label: question.label })}
    >
      <h5>{t('Options')}</h5>
      <ol className="q-options-edit">
        {question.options.map((option, i) => (
          <li key={option.value}>
            <div>
              <AutoSaveField
                label={t('Option {{number}}', { number: i + 1 })}
                hideLabel
                value={option.label}
                validate={edits.check(edits.path(question.id, `options.${i}.label`), question.id, 'options')}
                save={(raw) => edits.save(edits.path(question.id, `options.${i}.label`), raw)}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('Remove option {{label}}', { label: option.label })}
                onClick={() => remove(option.value)}
              >
                <Trash2 size={16} aria-hidden />
              </button>
            </div>
          </li>
        ))}
      </ol>
      <AddTextForm
        label={t('New option')}
        button={t('Add option')}
        maxLength={500}
        add={add}
        onProblem={onProblem}
      />
    </div>
  );
}

const POINTS = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** A scale's points and the words at its two ends. */
export function ScaleEditor(props: PartProps) {
  const { question, edits } = props;
  const t = useT();
  const scale = question.scale ?? { min: 1, max: 5, minLabel: '', maxLabel: '' };
  const change = changer(props);
  return (
    <div
      className="q-edit-block q-edit-grid"
      role="group"
      aria-label={t('Scale of “{{label}}”', { label: question.label })}
    >
      <AutoSaveSelect
        label={t('Scale from')}
        value={String(scale.min)}
        options={POINTS(0, 1).map((p) => ({ value: p, label: p }))}
        save={(v) => change((q) => ({ ...q, scale: { ...scale, min: Number(v) } }))}
      />
      <AutoSaveSelect
        label={t('Scale to')}
        value={String(scale.max)}
        options={POINTS(2, 10).map((p) => ({ value: p, label: p }))}
        save={(v) => change((q) => ({ ...q, scale: { ...scale, max: Number(v) } }))}
      />
      <AutoSaveField
        label={t('Words at the low end')}
        value={scale.minLabel}
        validate={edits.check(edits.path(question.id, 'scale.minLabel'), question.id, 'scale')}
        save={(raw) => edits.save(edits.path(question.id, 'scale.minLabel'), raw)}
      />
      <AutoSaveField
        label={t('Words at the high end')}
        value={scale.maxLabel}
        validate={edits.check(edits.path(question.id, 'scale.maxLabel'), question.id, 'scale')}
        save={(raw) => edits.save(edits.path(question.id, 'scale.maxLabel'), raw)}
      />
    </div>
  );
}

/** "Show if": always, or only when an earlier question with set answers is answered with one of the ticked ones. */
export function ConditionEditor(props: PartProps) {
  const { template, question } = props;
  const t = useT();
  const change = changer(props);
  const questions = allQuestions(template);
  const earlier = questions
    .slice(
      0,
      questions.findIndex((q) => q.id === question.id),
    )
    .filter((q) => CONDITION_TYPES.includes(q.type));
  const parent = question.showIf ? questions.find((q) => q.id === question.showIf!.questionId) : undefined;
  const choose = (parentId: string) =>
    change((q) => {
      const next = { ...q };
      const chosen = earlier.find((e) => e.id === parentId);
      if (chosen)
        next.showIf = {
          questionId: chosen.id,
          anyOf: conditionAnswers(chosen)
            .slice(0, 1)
            .map((a) => a.value),
        };
      else delete next.showIf;
      return next;
    });
  const tick = (value: string, on: boolean) =>
    change((q) => ({
      ...q,
      showIf: {
        questionId: q.showIf!.questionId,
        anyOf: on ? [...q.showIf!.anyOf, value] : q.showIf!.anyOf.filter((v) => v !== value),
      },
    }));
  return (
    <div className="q-edit-block">
      <AutoSaveSelect
        label={t('Show this question')}
        value={question.showIf?.questionId ?? ''}
        options={[
          { value: '', label: t('Always') },
          ...earlier.map((e) => ({
            value: e.id,
            label: t('Only after an answer to “{{label}}”', { label: e.label }),
          })),
        ]}
        save={choose}
        hint={
          earlier.length === 0 && !question.showIf
            ? t('A condition needs an earlier choice, yes/no or scale question.')
            : undefined
        }
      />
      {parent && question.showIf && (
        <fieldset className="q-condition-values">
          <legend>{t('Show it when “{{label}}” is answered', { label: parent.label })}</legend>
          {conditionAnswers(parent).map((answer) => (
            <SavingCheckbox
              key={answer.value}
              checked={question.showIf!.anyOf.includes(answer.value)}
              save={(on) => tick(answer.value, on)}
            >
              {answer.label}
            </SavingCheckbox>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** Where the answer lands in the registers when a response is applied (only the places that fit the question's type). */
export function MappingEditor(props: PartProps) {
  const { question } = props;
  const t = useT();
  const change = changer(props);
  const targets = mapTargetsFor(question.type).filter(
    (target) => !MAP_TARGET_INFO[target].key || target === 'training.step' || target === question.mapTo,
  );
  const choose = (target: MapTarget | '') =>
    change((q) => {
      const next = { ...q };
      delete next.mapKey;
      if (target) next.mapTo = target;
      else delete next.mapTo;
      if (target === 'training.step') next.mapKey = 'identify';
      return next;
    });
  return (
    <div className="q-edit-block q-edit-grid">
      <AutoSaveSelect<MapTarget | ''>
        label={t('Where the answer goes')}
        value={question.mapTo ?? ''}
        options={[
          { value: '', label: t('Nowhere: only in the results') },
          ...targets.map((target) => ({ value: target, label: t(MAP_TARGET_INFO[target].label) })),
        ]}
        save={choose}
      />
      {question.mapTo === 'training.step' && (
        <AutoSaveSelect
          label={t('Step of the literacy guidance')}
          value={question.mapKey ?? 'identify'}
          options={Object.entries(TRAINING_STEPS).map(([value, label]) => ({ value, label: t(label) }))}
          save={(step) => change((q) => ({ ...q, mapKey: step }))}
        />
      )}
    </div>
  );
}
