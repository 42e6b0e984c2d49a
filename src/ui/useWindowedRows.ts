import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Windowing for long table bodies: only the rows in (and near) the visible part of the scrolling
 * area are rendered; spacer rows keep the scroll height. Short lists (up to `threshold` rows) render
 * in full, so nothing changes for them. Row heights are measured as rows render and their average
 * sizes the spacers.
 */
export interface WindowedRows {
  /** False when the list is short enough to render whole. */
  windowed: boolean;
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
  /** Put on the `<tbody>`. */
  bodyRef: (element: HTMLTableSectionElement | null) => void;
}

interface Options {
  threshold?: number;
  /** Expected row height before any row is measured (px). */
  estimate?: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan?: number;
}

function scrollParent(element: HTMLElement): HTMLElement | Window {
  for (let node = element.parentElement; node; node = node.parentElement) {
    // A horizontal scroller gets overflow-y auto too, but it does not scroll vertically: skip it.
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return window;
}

export function useWindowedRows(
  count: number,
  { threshold = 80, estimate = 64, overscan = 10 }: Options = {},
): WindowedRows {
  const windowed = count > threshold;
  const body = useRef<HTMLTableSectionElement | null>(null);
  const rowHeight = useRef(estimate);
  const initial = Math.min(count, 30);
  const [range, setRange] = useState({ start: 0, end: initial });

  const update = useCallback(() => {
    const element = body.current;
    if (!element) return;
    const rows = element.querySelectorAll<HTMLTableRowElement>(':scope > tr[data-row]');
    if (rows.length > 0) {
      let total = 0;
      rows.forEach((row) => (total += row.getBoundingClientRect().height));
      // Rows not laid out yet (or a test DOM) measure 0: keep the estimate then.
      if (total > 0) rowHeight.current = total / rows.length;
    }
    const scroller = scrollParent(element);
    const viewTop = scroller === window ? 0 : (scroller as HTMLElement).getBoundingClientRect().top;
    const viewHeight = scroller === window ? window.innerHeight : (scroller as HTMLElement).clientHeight;
    // Rows start where the body starts; only the part of it inside the viewport matters.
    const offset = viewTop - element.getBoundingClientRect().top;
    const first = Math.max(0, Math.floor(offset / rowHeight.current) - overscan);
    const last = Math.min(count, Math.ceil((offset + viewHeight) / rowHeight.current) + overscan);
    setRange((current) =>
      current.start === first && current.end === Math.max(last, first)
        ? current
        : { start: first, end: Math.max(last, first) },
    );
  }, [count, overscan]);

  useLayoutEffect(() => {
    if (windowed) update();
  }, [windowed, update]);

  useEffect(() => {
    const element = body.current;
    if (!windowed || !element) return;
    const scroller = scrollParent(element);
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [windowed, update]);

  const bodyRef = useCallback((element: HTMLTableSectionElement | null) => {
    body.current = element;
  }, []);

  if (!windowed) return { windowed, start: 0, end: count, padTop: 0, padBottom: 0, bodyRef };
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  return {
    windowed,
    start,
    end,
    padTop: start * rowHeight.current,
    padBottom: (count - end) * rowHeight.current,
    bodyRef,
  };
}
