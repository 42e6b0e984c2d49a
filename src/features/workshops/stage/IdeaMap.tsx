import { useEffect, useRef, useState } from 'react';
import {
  ideaMapPoints,
  type IdeaMapPoint,
  type IdeaOutcome,
  type WorkshopIdea,
} from '../../../domain/workshops';
import { PALETTE } from '../../../domain/shared/palette';
import { english, type Translate } from '../../../domain/shared/language';
import { QUADRANT_PLURALS, QuadrantChart } from '../../../ui/charts/QuadrantChart';
import { QUADRANTS, type Quadrant } from '../../../domain/portfolio/constants';

/** Dot colours by decision; undecided ideas are outlined in the client's brand colour. */
export const OUTCOME_COLORS: Record<Exclude<IdeaOutcome, 'open'>, string> = {
  'use-case': PALETTE.success,
  parked: PALETTE.warning,
  dropped: PALETTE.textMuted,
};

/** Where the effort axis's name sits. */
const X_AXIS_POSITION = 'bottom';

interface IdeaMapProps {
  ideas: readonly WorkshopIdea[];
  brandColor: string;
  selectedId?: string | null;
  /** Fixed size (print); without it the map fills its container. */
  width?: number;
  height?: number;
  /** Dot radius and number size in px. */
  dotRadius?: number;
  fontSize?: number;
  /** The language of the axis names and the map's description (the summary's client language). */
  t?: Translate;
}

function describe(points: IdeaMapPoint[], total: number, t: Translate): string {
  if (points.length === 0)
    return t('Impact/effort map: none of the {{count}} ideas is scored yet.', { count: total });
  const byQuadrant = (['quick-win', 'strategic-bet', 'fill-in', 'time-sink'] as const)
    .map((q) => {
      const ids = points.filter((p) => p.quadrant === q).map((p) => `#${p.number}`);
      return ids.length ? `${t(QUADRANT_PLURALS[q])}: ${ids.join(', ')}` : '';
    })
    .filter(Boolean);
  return `${t('Impact/effort map of {{count}} scored ideas.', { count: points.length })} ${byQuadrant.join('. ')}.`;
}

/** Size of an element, followed as it changes (window resized, panel changed). */
function useElementSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize((old) =>
        old && old.width === Math.round(width) && old.height === Math.round(height)
          ? old
          : { width: Math.round(width), height: Math.round(height) },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, size };
}

/**
 * Impact (up) against effort (right), one numbered dot per scored idea, updated live as scores come
 * in. Effort 3 and impact 3 count as high, so the quadrant lines sit at 2.5.
 */
export function IdeaMap({
  ideas,
  brandColor,
  selectedId,
  width,
  height,
  dotRadius = 17,
  fontSize = 15,
  t = english,
}: IdeaMapProps) {
  const measured = useElementSize<HTMLElement>();
  const fixed = Boolean(width && height);
  const chartWidth = fixed ? width! : (measured.size?.width ?? 0);
  const chartHeight = fixed ? height! : (measured.size?.height ?? 0);
  // Dots shrink on small maps so ideas sharing a cell stay apart: a dot is about half a score unit
  // across (the plot spans 5.4 units inside about 90 px of axes and margins).
  const radius = Math.max(
    10,
    Math.min(dotRadius, Math.round((Math.min(chartWidth, chartHeight) - 90) / 22.5)),
  );
  const numberSize = Math.max(12, Math.min(fontSize, Math.round(radius * 0.95)));
  const points = ideaMapPoints(ideas);
  const label = { fontSize: Math.max(14, fontSize - 1), fill: PALETTE.textSecondary, fontWeight: 600 };
  // Undecided: an outlined dot in the brand colour; decided: filled in the decision's colour.
  const dot = (p: IdeaMapPoint) => {
    const selected = p.ideaId === selectedId;
    const open = p.outcome === 'open';
    const colour = p.outcome === 'open' ? brandColor : OUTCOME_COLORS[p.outcome];
    const r = selected ? radius * 1.25 : radius;
    return (
      <g>
        {selected && <circle r={r + 5} fill="none" stroke={PALETTE.ink} strokeWidth={3} />}
        <circle r={r} fill={open ? PALETTE.surface : colour} stroke={colour} strokeWidth={3} />
        <text
          dy="0.35em"
          textAnchor="middle"
          fill={open ? colour : PALETTE.textInverse}
          fontSize={selected ? numberSize * 1.15 : numberSize}
          fontWeight={800}
        >
          {p.number}
        </text>
      </g>
    );
  };
  const chart = (
    <QuadrantChart
      points={points}
      pointKey={(p) => p.ideaId}
      renderPoint={dot}
      width={chartWidth}
      height={chartHeight}
      inset={{ top: 16, right: 24, bottom: 66, left: 52 }}
      margin={0.7}
      names={
        Object.fromEntries(QUADRANTS.map((q) => [q, t(QUADRANT_PLURALS[q])])) as Record<Quadrant, string>
      }
      label={label}
      opacity={{ 'quick-win': 0.9, 'strategic-bet': 0.9, 'fill-in': 0.5, 'time-sink': 0.8 }}
      ticks={{ fontSize }}
      x={{ label: `${t('Effort')} →`, position: X_AXIS_POSITION, offset: 12, fontSize }}
      y={{ label: `${t('Impact')} →`, width: 44, fontSize }}
    />
  );
  return (
    <figure className="idea-map" role="img" aria-label={describe(points, ideas.length, t)} ref={measured.ref}>
      {chartWidth > 0 && chartHeight > 0 && chart}
    </figure>
  );
}

export function MapLegend({ t = english }: { t?: Translate }) {
  return (
    <p className="idea-map__legend" aria-hidden>
      <span>
        <i className="idea-map__legend__dot idea-map__legend__dot--open" /> {t('Not decided')}
      </span>
      <span>
        <i className="idea-map__legend__dot" style={{ background: OUTCOME_COLORS['use-case'] }} />{' '}
        {t('Use case')}
      </span>
      <span>
        <i className="idea-map__legend__dot" style={{ background: OUTCOME_COLORS.parked }} /> {t('Parked')}
      </span>
      <span>
        <i className="idea-map__legend__dot" style={{ background: OUTCOME_COLORS.dropped }} /> {t('Dropped')}
      </span>
    </p>
  );
}
