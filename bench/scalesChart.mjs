// The scaling curve as a plain SVG (no chart library): each screen's median at every scale relative to its
// median at the base scale, on log-log axes, with the two limits: flat (a client's screens) and linear (the
// whole workspace's screens).

const W = 760;
const H = 420;
const PAD = { left: 64, right: 250, top: 36, bottom: 52 };
const COLOURS = [
  '#1f6feb',
  '#d1242f',
  '#1a7f37',
  '#9a6700',
  '#8250df',
  '#bf3989',
  '#0a7480',
  '#57606a',
  '#cf222e',
];

/** Short names for the legend. */
const SHORT = {
  home: 'Home (every client)',
  planning: 'Planning (every client)',
  clientOverview: 'Client overview',
  portfolioTable: 'Portfolio table',
  portfolioMap: 'Portfolio map',
  registerList: 'Register list',
  heatMap: 'Risk heat map',
  useCaseDetail: 'Use case with KPI charts',
};

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function scalesChart({ points, base }) {
  const scales = points.map((p) => p.scale);
  const from = points.find((p) => p.scale === base);
  const ids = Object.keys(from.screens);
  const series = ids.map((id) => ({
    id,
    label: SHORT[id] ?? from.screens[id].label,
    values: points.map((p) => p.screens[id].median / Math.max(from.screens[id].median, 0.1)),
  }));
  const ratios = series.flatMap((s) => s.values);
  const xMin = Math.min(...scales);
  const xMax = Math.max(...scales);
  const yMin = Math.min(0.5, ...ratios, xMin / base) * 0.8;
  const yMax = Math.max(2, ...ratios, xMax / base) * 1.25;
  const log = Math.log10;
  const x = (scale) =>
    PAD.left +
    ((log(scale) - log(xMin)) / Math.max(log(xMax) - log(xMin), 1e-9)) * (W - PAD.left - PAD.right);
  const y = (ratio) =>
    H - PAD.bottom - ((log(ratio) - log(yMin)) / (log(yMax) - log(yMin))) * (H - PAD.top - PAD.bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">Screen time at each scale relative to scale ${base}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="20" font-size="14" font-weight="bold">Screen time relative to scale ${base} (log-log)</text>`,
  ];
  for (const tick of [0.1, 0.2, 0.5, 1, 1.5, 2, 5, 10, 20].filter((t) => t >= yMin && t <= yMax))
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d0d7de"/>`,
      `<text x="${PAD.left - 8}" y="${y(tick) + 4}" text-anchor="end">${tick}x</text>`,
    );
  for (const p of points)
    parts.push(
      `<line x1="${x(p.scale)}" x2="${x(p.scale)}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#d0d7de"/>`,
      `<text x="${x(p.scale)}" y="${H - PAD.bottom + 18}" text-anchor="middle">scale ${p.scale}</text>`,
      `<text x="${x(p.scale)}" y="${H - PAD.bottom + 34}" text-anchor="middle" fill="#57606a">${p.clients} clients</text>`,
    );
  const limit = (label, at, colour) =>
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-dasharray="6 4" points="${scales.map((s) => `${x(s)},${y(at(s))}`).join(' ')}"/>`,
      `<text x="${x(xMax) - 6}" y="${y(at(xMax)) - 6}" text-anchor="end" fill="${colour}">${label}</text>`,
    );
  limit('linear (workspace size)', (s) => s / base, '#57606a');
  limit('1.5x (a client’s limit)', () => 1.5, '#9a6700');
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const coords = scales.map((scale, k) => [x(scale), y(s.values[k])]);
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${coords.map((c) => c.join(',')).join(' ')}"/>`,
      ...coords.map(([cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="3" fill="${colour}"/>`),
    );
  });
  // The legend, right of the plot.
  const legendX = W - PAD.right + 20;
  parts.push(`<text x="${legendX}" y="${PAD.top + 18}" font-weight="bold">Screens</text>`);
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const ly = PAD.top + 40 + i * 18;
    parts.push(
      `<rect x="${legendX}" y="${ly - 9}" width="12" height="4" fill="${colour}"/>`,
      `<text x="${legendX + 18}" y="${ly - 4}">${escape(s.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
