import { useEffect, useState } from 'react';
import { checkWeights, scaleWeightsTo100, type Criterion } from '../../../domain/vendors';
import { newId } from '../../../db/core/ids';
import { parseNumberInput } from '../../../ui/parse';
import { useT } from '../../../state/interfaceLanguage';

/**
 * An unsaved set of criteria being edited. Weights only make sense together (they must total 100),
 * so the set is saved in one go when valid: nothing invalid is ever stored.
 */
export type DraftRow = { id: string; name: string; description: string; weight: string };

const toRows = (criteria: readonly Criterion[]): DraftRow[] =>
  criteria.map((c) => ({ id: c.id, name: c.name, description: c.description, weight: String(c.weight) }));

export function parseWeight(raw: string): number | null {
  const parsed = parseNumberInput(raw, { kind: 'percent', label: 'The weight' });
  return parsed.ok ? parsed.value : null;
}

export function useCriteriaDraft(stored: readonly Criterion[]) {
  const t = useT();
  const storedKey = JSON.stringify(stored);
  const [rows, setRows] = useState<DraftRow[]>(() => toRows(stored));
  const dirty = JSON.stringify(rows) !== JSON.stringify(toRows(stored));
  const [baseKey, setBaseKey] = useState(storedKey);

  // Follow the stored criteria when they change elsewhere and there are no unsaved edits.
  useEffect(() => {
    if (storedKey !== baseKey) {
      setBaseKey(storedKey);
      if (!dirty) setRows(toRows(JSON.parse(storedKey) as Criterion[]));
    }
  }, [storedKey, baseKey, dirty]);

  const fieldErrors = rows.map((r) => ({
    name: r.name.trim() ? null : t('Give the criterion a name'),
    weight: parseWeight(r.weight) === null ? t('Enter a weight from 0 to 100') : null,
  }));
  const fieldsOk = fieldErrors.every((e) => !e.name && !e.weight);
  const criteria: Criterion[] = rows.map((r) => ({
    id: r.id,
    name: r.name.trim(),
    description: r.description.trim(),
    weight: parseWeight(r.weight) ?? 0,
  }));
  const weights = checkWeights(criteria);
  const reasons = [
    ...(fieldsOk ? [] : [t('Fix the highlighted fields.')]),
    ...(weights.ok ? [] : weights.reasons),
  ];

  return {
    rows,
    dirty,
    fieldErrors,
    criteria,
    total: weights.total,
    valid: fieldsOk && weights.ok,
    reasons,
    update: (index: number, patch: Partial<DraftRow>) =>
      setRows((prev) => prev.map((r, i) => (i === index ? { ...r, ...patch } : r))),
    add: () =>
      setRows((prev) => [...prev, { id: `criterion-${newId()}`, name: '', description: '', weight: '0' }]),
    remove: (index: number) => setRows((prev) => prev.filter((_, i) => i !== index)),
    move: (index: number, delta: number) =>
      setRows((prev) => {
        const next = [...prev];
        const target = index + delta;
        if (target < 0 || target >= next.length) return prev;
        [next[index], next[target]] = [next[target], next[index]];
        return next;
      }),
    scale: () =>
      setRows((prev) =>
        scaleWeightsTo100(prev.map((r) => ({ ...r, weight: parseWeight(r.weight) ?? 0 }))).map((r) => ({
          ...r,
          weight: String(r.weight),
        })),
      ),
    load: (criteria: readonly Criterion[]) => setRows(toRows(criteria)),
    reset: () => setRows(toRows(stored)),
  };
}

export type CriteriaDraft = ReturnType<typeof useCriteriaDraft>;
