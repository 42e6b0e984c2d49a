import { options, type FieldDef, type FieldKind, type LinkTarget } from './fieldTypes';

/** What a field may add to its key, label, kind and section: a hint, `notInPast`, suggestions, `wide`. */
type Extras = Omit<Partial<FieldDef>, 'key' | 'label' | 'kind' | 'section' | 'options' | 'linkTo'>;

/** Kinds that span the whole form row (long texts and lists); a text field may ask for it. */
const WIDE_KINDS: ReadonlySet<FieldKind> = new Set([
  'textarea',
  'multiselect',
  'people',
  'tags',
  'links',
  'steps',
]);

/**
 * Builders of the field definitions of each form section, one call a field:
 * `const F = fieldsBySection(S); … F.what.select('type', 'Type', INCIDENT_TYPES, INCIDENT_TYPE_LABELS)`.
 */
export function fieldsBySection<const K extends string>(sections: Record<K, string>) {
  const entries = Object.entries(sections) as [K, string][];
  return Object.fromEntries(entries.map(([id, name]) => [id, fieldsIn(name)])) as Record<K, FieldBuilders>;
}

type FieldBuilders = ReturnType<typeof fieldsIn>;

/** The builders of the fields of the form section `section`. */
function fieldsIn(section: string) {
  const field =
    (kind: FieldKind) =>
    (key: string, label: string, extras: Extras = {}): FieldDef => ({
      key,
      label,
      kind,
      section,
      ...(WIDE_KINDS.has(kind) ? { wide: true } : {}),
      ...extras,
    });
  const choice =
    (kind: 'select' | 'multiselect') =>
    <T extends string>(
      key: string,
      label: string,
      values: readonly T[],
      labels: Record<T, string>,
      extras: Extras = {},
    ): FieldDef => ({ ...field(kind)(key, label, extras), options: options(values, labels) });
  return {
    text: field('text'),
    textarea: field('textarea'),
    date: field('date'),
    datetime: field('datetime'),
    number: field('number'),
    boolean: field('boolean'),
    person: field('person'),
    people: field('people'),
    tags: field('tags'),
    steps: field('steps'),
    select: choice('select'),
    multiselect: choice('multiselect'),
    links: (key: string, label: string, linkTo: readonly LinkTarget[], extras: Extras = {}): FieldDef => ({
      ...field('links')(key, label, extras),
      linkTo,
    }),
  };
}
