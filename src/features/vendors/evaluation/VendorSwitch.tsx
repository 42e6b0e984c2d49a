import { useRef, type KeyboardEvent } from 'react';
import type { ComparisonRow, Evaluation } from '../../../domain/vendors';
import { useT } from '../../../state/interfaceLanguage';

/** Chooses which vendor of the evaluation the tab shows (a radio group; arrow keys move). */
export function VendorSwitch({
  rows,
  active,
  onChange,
  label,
}: {
  rows: ComparisonRow[];
  active: string;
  onChange(vendorId: string): void;
  label: string;
}) {
  const t = useT();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (event: KeyboardEvent, index: number) => {
    const delta =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (!delta) return;
    event.preventDefault();
    const next = rows[(index + delta + rows.length) % rows.length];
    onChange(next.vendorId);
    refs.current[next.vendorId]?.focus();
  };
  return (
    <div className="segmented vendor-switch" role="radiogroup" aria-label={label}>
      {rows.map((row, index) => (
        <button
          key={row.vendorId}
          ref={(el) => {
            refs.current[row.vendorId] = el;
          }}
          type="button"
          role="radio"
          aria-checked={row.vendorId === active}
          tabIndex={row.vendorId === active ? 0 : -1}
          className="segmented__option"
          onClick={() => onChange(row.vendorId)}
          onKeyDown={(e) => onKey(e, index)}
        >
          {row.vendorName}
          {row.knockedOut && (
            <span className="vendor-switch__flag vendor-switch__flag--out">{t('Ruled out')}</span>
          )}
        </button>
      ))}
    </div>
  );
}

/** The vendor to show: the one in the URL when it is part of the evaluation, else the best-ranked. */
export function pickVendor(rows: ComparisonRow[], requested: string | null): string {
  return rows.find((r) => r.vendorId === requested)?.vendorId ?? rows[0]?.vendorId ?? '';
}

/** What a one-vendor tab shows: the vendor picked (`pickVendor`), its comparison row and its entry in the evaluation. */
export function activeVendor(evaluation: Evaluation, rows: ComparisonRow[], requested: string | null) {
  const active = pickVendor(rows, requested);
  return {
    active,
    row: rows.find((r) => r.vendorId === active),
    entry: evaluation.vendors.find((v) => v.vendorId === active),
  };
}
