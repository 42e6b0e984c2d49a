import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Splits a list into pages that fit its box without scrolling (a projector cannot scroll): measures how
 * many items fit from the top, shows the page holding `focusIndex` (the idea under discussion), and
 * measures again when the window size or the items change. Used on the audience view.
 */
export function useFitPage<T, E extends HTMLElement = HTMLElement>(
  items: readonly T[],
  focusIndex: number,
  contentKey: string,
): { ref: RefObject<E | null>; visible: readonly T[]; page: number; pages: number; first: number } {
  const ref = useRef<E | null>(null);
  /** Items per page; null while measuring (then every item is laid out once). */
  const [perPage, setPerPage] = useState<number | null>(null);
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);

  useLayoutEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => setPerPage(null), [size, contentKey]);

  const per = perPage ?? Math.max(items.length, 1);
  const page = focusIndex >= 0 ? Math.floor(focusIndex / per) : 0;
  const visible = items.slice(page * per, page * per + per);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const bottom = box.getBoundingClientRect().bottom + 1;
    const children = [...box.children] as HTMLElement[];
    const fitting = children.filter((child) => child.getBoundingClientRect().bottom <= bottom).length;
    if (perPage === null) setPerPage(Math.max(1, fitting));
    // A later page can hold taller items (long titles wrap): take one item fewer until it fits.
    else if (fitting < children.length && perPage > 1) setPerPage(perPage - 1);
  }, [perPage, page, items, size, contentKey]);

  return { ref, visible, page, pages: Math.max(1, Math.ceil(items.length / per)), first: page * per };
}
