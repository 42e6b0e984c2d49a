import {
  problemOf,
  templateProblems,
  type QuestionnaireTemplate,
  type Section,
  type TemplateField,
} from '../../domain/questionnaires';
import { applyPatch } from '../../domain/shared/patch';
import { updateTemplate } from '../../db/questionnaires/questionnaires';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';

/**
 * The template editor's two kinds of edit, both checked with the domain's rules before anything is
 * written: a typed field is a patch of its path (journaled as typed, like every field), a change of the
 * structure (add, remove, move, retype, conditions, mappings) is computed from the stored template.
 */
export interface TemplateEdits {
  /** The path of a question's field, e.g. `sections.1.questions.0.label`. */
  path(questionId: string, field: string): string;
  /** A self-saving field's check: the message next to the field when the value would be refused. */
  check(
    path: string,
    questionId: string | undefined,
    field: TemplateField,
    toValue?: (raw: string) => unknown,
  ): (raw: string) => string | null;
  save(path: string, value: unknown): Promise<void>;
  /** Applies a structural change; resolves to the message saying why it was refused, or null. */
  restructure(change: (sections: Section[]) => Section[]): Promise<string | null>;
}

export function templateEdits(template: QuestionnaireTemplate): TemplateEdits {
  const place = (questionId: string) => {
    for (const [si, section] of template.sections.entries()) {
      const qi = section.questions.findIndex((q) => q.id === questionId);
      if (qi >= 0) return `sections.${si}.questions.${qi}`;
    }
    return 'sections.-1';
  };
  return {
    path: (questionId, field) => `${place(questionId)}.${field}`,
    check:
      (path, questionId, field, toValue = (raw) => raw) =>
      (raw) => {
        const problems = templateProblems(applyPatch(template, { [path]: toValue(raw) }));
        if (problems.length === 0) return null;
        const own = questionId
          ? problemOf(problems, questionId, field)
          : (problems.find((p) => p.field === field && !p.questionId)?.message ?? null);
        return own ?? problems[0].message;
      },
    save: (path, value) => updateTemplate(db, template.id, { [path]: value }),
    restructure: async (change) => {
      const problems = templateProblems({
        ...template,
        sections: change(structuredClone(template.sections)),
      });
      if (problems.length > 0) return problems[0].message;
      try {
        await trackSave(
          updateTemplate(db, template.id, (current) => ({
            sections: change(structuredClone(current.sections)),
          })),
        );
        return null;
      } catch (err) {
        return describeWriteError(err);
      }
    },
  };
}
