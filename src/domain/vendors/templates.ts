import { tell } from '../shared/language';
import { CriteriaTemplateSchema, zodMessages, type CriteriaTemplate, type Criterion } from './evaluation';

/**
 * Criteria templates the consultant saves and reuses across clients (library items: no clientId).
 * A template's weights must total 100; the built-in default cannot be changed (save a copy instead).
 */

export type TemplateChange = { ok: true; template: CriteriaTemplate } | { ok: false; reasons: string[] };

export const BUILT_IN_TEMPLATE_MESSAGE =
  'The default template cannot be changed. Save it under a new name first.';

const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function duplicateNameReason(
  name: string,
  existing: readonly CriteriaTemplate[],
  exceptId?: string,
): string[] {
  const clash = existing.find((t) => t.id !== exceptId && normaliseName(t.name) === normaliseName(name));
  return clash ? [tell('A template named "{{name}}" already exists.', { name: clash.name })] : [];
}

/** Saves criteria (e.g. from an evaluation) as a new template. */
export function createCriteriaTemplate(
  input: { name: string; criteria: readonly Criterion[] },
  existing: readonly CriteriaTemplate[],
  now: string,
  newId: () => string = () => crypto.randomUUID(),
): TemplateChange {
  const parsed = CriteriaTemplateSchema.safeParse({
    id: newId(),
    name: input.name,
    criteria: input.criteria.map((c) => ({ ...c })),
    builtIn: false,
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const duplicate = duplicateNameReason(parsed.data.name, existing);
  return duplicate.length > 0 ? { ok: false, reasons: duplicate } : { ok: true, template: parsed.data };
}

export function updateCriteriaTemplate(
  template: CriteriaTemplate,
  changes: { name?: string; criteria?: readonly Criterion[] },
  existing: readonly CriteriaTemplate[],
  now: string,
): TemplateChange {
  if (template.builtIn) return { ok: false, reasons: [tell(BUILT_IN_TEMPLATE_MESSAGE)] };
  const parsed = CriteriaTemplateSchema.safeParse({
    ...template,
    name: changes.name ?? template.name,
    criteria: (changes.criteria ?? template.criteria).map((c) => ({ ...c })),
    updatedAt: now,
  });
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const duplicate = duplicateNameReason(parsed.data.name, existing, template.id);
  return duplicate.length > 0 ? { ok: false, reasons: duplicate } : { ok: true, template: parsed.data };
}
