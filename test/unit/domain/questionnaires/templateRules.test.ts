import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  BUILT_IN_TEMPLATES,
  mapTargetsFor,
  moveQuestion,
  newQuestion,
  optionRemovalProblem,
  questionRemovalProblem,
  retyped,
  templateProblems,
  updateQuestion,
  type QuestionnaireTemplate,
  type Section,
} from '../../../../src/domain/questionnaires';

const survey = (): QuestionnaireTemplate =>
  structuredClone(BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-shadow-ai')!);
const withSections = (t: QuestionnaireTemplate, sections: Section[]) => ({ ...t, sections });
const messages = (t: QuestionnaireTemplate) => templateProblems(t).map((p) => p.message);

describe('template rules', () => {
  it('every shipped template is sound', () => {
    for (const template of BUILT_IN_TEMPLATES) expect(templateProblems(template), template.title).toEqual([]);
  });

  it('a question without text is named by its place and says what to do', () => {
    const t = survey();
    const sections = updateQuestion(t.sections, 'tools', (q) => ({ ...q, label: '  ' }));
    expect(templateProblems(withSections(t, sections))).toEqual([
      {
        questionId: 'tools',
        field: 'label',
        message: 'Question 2 of “The AI tools you use” has no text: type the question.',
      },
    ]);
  });

  it('a choice needs two options that read differently; an empty option is named', () => {
    const t = survey();
    const one = updateQuestion(t.sections, 'frequency', (q) => ({ ...q, options: q.options.slice(0, 1) }));
    expect(messages(withSections(t, one))).toEqual([
      '“How often do you use AI tools for work?” needs at least two options: add another.',
    ]);
    const same = updateQuestion(t.sections, 'frequency', (q) => ({
      ...q,
      options: [...q.options, { value: 'x', label: 'daily' }],
    }));
    expect(messages(withSections(t, same))).toEqual([
      'Two options of “How often do you use AI tools for work?” read the same: change or remove one.',
    ]);
    const empty = updateQuestion(t.sections, 'frequency', (q) => ({
      ...q,
      options: [q.options[0], { value: 'x', label: '' }],
    }));
    expect(templateProblems(withSections(t, empty))[0]).toMatchObject({
      questionId: 'frequency',
      field: 'options',
      message: 'Option 2 of “How often do you use AI tools for work?” is empty: type it or remove it.',
    });
  });

  it('a condition must name an earlier question with set answers, and answers it has', () => {
    const t = survey();
    const later = moveQuestion(moveQuestion(t.sections, 'usesAi', 1), 'usesAi', 1);
    expect(messages(withSections(t, later))).toContain(
      '“Which AI tools do you use for work?” is shown only after an answer to a question that comes later: move it below that question, or change its condition.',
    );
    const onText = updateQuestion(t.sections, 'concerns', (q) => ({
      ...q,
      showIf: { questionId: 'hoursSaved', anyOf: ['1'] },
    }));
    expect(messages(withSections(t, onText))[0]).toContain('a condition needs a question with set answers');
    const unknownAnswer = updateQuestion(t.sections, 'tools', (q) => ({
      ...q,
      showIf: { questionId: 'usesAi', anyOf: ['maybe'] },
    }));
    expect(messages(withSections(t, unknownAnswer))).toEqual([
      '“Which AI tools do you use for work?” is shown for an answer “Do you use AI tools for your work?” no longer has: tick its answers again.',
    ]);
    const none = updateQuestion(t.sections, 'tools', (q) => ({
      ...q,
      showIf: { questionId: 'usesAi', anyOf: [] },
    }));
    expect(templateProblems(withSections(t, none))[0]).toMatchObject({
      questionId: 'tools',
      field: 'showIf',
    });
    const onScale = updateQuestion(t.sections, 'concerns', (q) => ({
      ...q,
      showIf: { questionId: 'confidence', anyOf: ['1', '2'] },
    }));
    expect(templateProblems(withSections(t, onScale))).toEqual([]);
  });

  it('a mapping must fit the question type; a literacy step is named', () => {
    const t = survey();
    expect(mapTargetsFor('date')).toEqual(['training.date']);
    const wrong = updateQuestion(t.sections, 'frequency', (q) => ({ ...q, mapTo: 'training.date' }));
    expect(messages(withSections(t, wrong))).toEqual([
      '“How often do you use AI tools for work?” sends its answer to “AI literacy: the day the training finished”, which takes a date answer: choose another place for it, or none.',
    ]);
    const step = updateQuestion(t.sections, 'confidence', (q) => ({ ...q, mapTo: 'training.step' }));
    expect(messages(withSections(t, step))).toEqual([
      '“How sure are you about what you may and may not do with AI at work?” goes to a step of the literacy self-assessment: choose which step.',
    ]);
    expect(
      templateProblems(
        withSections(
          t,
          updateQuestion(step, 'confidence', (q) => ({ ...q, mapKey: 'act' })),
        ),
      ),
    ).toEqual([]);
  });

  it('retyping keeps a question sound: a choice gets two options, a mapping that no longer fits goes', () => {
    const t = survey();
    const idea = t.sections[2].questions[0];
    const asChoice = retyped(idea, 'single');
    expect(asChoice.options.map((o) => o.label)).toEqual(['Option 1', 'Option 2']);
    expect(asChoice.mapTo).toBeUndefined();
    expect(retyped(idea, 'longText').mapTo).toBe('useCase.title');
    expect(retyped(idea, 'scale').scale).toEqual({
      min: 1,
      max: 5,
      minLabel: 'Not at all',
      maxLabel: 'Fully',
    });
  });

  it('new questions and options get values of their own; removal is refused while a condition depends on it', () => {
    const t = survey();
    const q = newQuestion('q-1', 'multiple', 'Which department?', ['Sales', 'Sales', ' HR ', '']);
    expect(q.options).toEqual([
      { value: 'Sales', label: 'Sales' },
      { value: 'Sales 2', label: 'Sales' },
      { value: 'HR', label: 'HR' },
    ]);
    const added = addQuestion(t.sections, 'ideas', q);
    expect(added[2].questions.at(-1)!.id).toBe('q-1');
    expect(questionRemovalProblem(t.sections, 'usesAi')).toBe(
      '“Which AI tools do you use for work?” is shown only after an answer to this question: change or remove its condition first.',
    );
    expect(questionRemovalProblem(t.sections, 'concerns')).toBeNull();
    const usesAi = t.sections[0].questions[0];
    const yesNoAsChoice = {
      ...usesAi,
      type: 'single' as const,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'x', label: 'Maybe' },
      ],
    };
    expect(optionRemovalProblem(t.sections, yesNoAsChoice, 'yes')).toContain('is shown for this answer');
    expect(optionRemovalProblem(t.sections, yesNoAsChoice, 'x')).toBeNull();
    expect(optionRemovalProblem(t.sections, t.sections[0].questions[5], 'daily')).toBeNull();
  });

  it('moving a question crosses into the next or previous section at the edges', () => {
    const t = survey();
    const down = moveQuestion(t.sections, 'account', 1);
    expect(down[0].questions.map((q) => q.id)).not.toContain('account');
    expect(down[1].questions[0].id).toBe('account');
    const up = moveQuestion(down, 'account', -1);
    expect(up[0].questions.at(-1)!.id).toBe('account');
    expect(moveQuestion(t.sections, 'usesAi', -1)).toEqual(t.sections);
  });
});
