import { ReferenceArea, XAxis, YAxis } from 'recharts';
import { QUADRANT_PLURALS, type Quadrant } from '../../domain/portfolio/constants';
import { QUADRANT_FILLS } from '../../domain/shared/palette';

export { QUADRANT_PLURALS };

const CORNERS: {
  quadrant: Quadrant;
  x: 'low' | 'high';
  y: 'low' | 'high';
  position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight';
}[] = [
  { quadrant: 'quick-win', x: 'low', y: 'high', position: 'insideTopLeft' },
  { quadrant: 'strategic-bet', x: 'high', y: 'high', position: 'insideTopRight' },
  { quadrant: 'fill-in', x: 'low', y: 'low', position: 'insideBottomLeft' },
  { quadrant: 'time-sink', x: 'high', y: 'low', position: 'insideBottomRight' },
];

type LabelStyle = { fontSize: number; fill?: string; fontWeight?: number };

/**
 * The frame of every impact/effort map (portfolio map, board slide, workshop map): the four quadrants split at
 * 2.5, named in their corners, and the effort (x) and impact (y) axes from 1 to 5 with `margin` to spare.
 * Returned as chart children, to put inside a recharts `ScatterChart` before the points.
 */
export function quadrantFrame(o: {
  margin: number;
  names?: Record<Quadrant, string>;
  label: LabelStyle;
  /** How opaque each quadrant's fill is (default 1). */
  opacity?: Partial<Record<Quadrant, number>>;
  ticks: { fontSize: number };
  x: { label: string; position: 'bottom' | 'insideBottom'; offset?: number; fontSize: number; name?: string };
  y: { label: string; width: number; fontSize: number; name?: string };
  /** Quadrant labels may overflow the plot (they sit in its corners). */
  overflow?: boolean;
}) {
  const low = 1 - o.margin;
  const high = 5 + o.margin;
  const span = { low: [low, 2.5], high: [2.5, high] } as const;
  const domain = [low, high];
  const ticks = [1, 2, 3, 4, 5];
  return [
    ...CORNERS.map((c) => (
      <ReferenceArea
        key={c.quadrant}
        x1={span[c.x][0]}
        x2={span[c.x][1]}
        y1={span[c.y][0]}
        y2={span[c.y][1]}
        fill={QUADRANT_FILLS[c.quadrant]}
        fillOpacity={o.opacity?.[c.quadrant] ?? 1}
        stroke="none"
        ifOverflow={o.overflow ? 'visible' : undefined}
        label={{ value: (o.names ?? QUADRANT_PLURALS)[c.quadrant], position: c.position, ...o.label }}
      />
    )),
    <XAxis
      key="x"
      type="number"
      dataKey="x"
      name={o.x.name}
      domain={domain}
      ticks={ticks}
      tick={o.ticks}
      label={{ value: o.x.label, position: o.x.position, offset: o.x.offset, fontSize: o.x.fontSize }}
    />,
    <YAxis
      key="y"
      type="number"
      dataKey="y"
      name={o.y.name}
      domain={domain}
      ticks={ticks}
      tick={o.ticks}
      width={o.y.width}
      // eslint-disable-next-line i18next/no-literal-string -- a position, not text
      label={{ value: o.y.label, angle: -90, position: 'insideLeft', fontSize: o.y.fontSize }}
    />,
  ];
}
