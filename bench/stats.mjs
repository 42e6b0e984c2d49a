// Small statistics and the Markdown table of the benchmark results.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => {
    if (sorted.length === 0) return null;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  };
  return {
    runs: sorted.length,
    median: at(0.5),
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
    p25: at(0.25),
    p75: at(0.75),
    p95: at(0.95),
  };
}

const ms = (v) =>
  v === null || v === undefined ? '–' : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`;
const fmt = (value, unit) =>
  unit === 'ms'
    ? ms(value)
    : unit === 'KB'
      ? `${Math.round(value)} KB`
      : unit === 'MB'
        ? `${value.toFixed(1)} MB`
        : String(value);

/** One row per step: median, spread, target, floor, ratio and whether the targets are met. */
export function markdownTable(results) {
  const lines = [
    '| Step | Median | Spread (min–max, n) | Target | Raw IndexedDB read | Ratio | Read and draw | Ratio | Met |',
    '|---|---:|---:|---:|---:|---:|---:|---:|:---:|',
  ];
  for (const s of results.steps) {
    if (s.skipped) {
      lines.push(
        `| ${s.label} | – | – | ${s.target ? `≤ ${fmt(s.target.value, s.unit)}` : ''} | – | – | – | – | not run: ${s.skipped} |`,
      );
      continue;
    }
    const spread =
      s.stats.runs > 1
        ? `${fmt(s.stats.min, s.unit)} – ${fmt(s.stats.max, s.unit)}, n=${s.stats.runs}`
        : `n=${s.stats.runs}`;
    const floor = s.floor
      ? `${ms(s.floor.stats.median)} (${s.floor.rows.toLocaleString('en-GB')} rows)`
      : s.versus
        ? `${s.versusLabel ?? 'plain'}: ${ms(s.versus)}`
        : '–';
    const times = (r, digits) => (r === null || r === undefined ? '–' : `${r.toFixed(digits)}x`);
    const ratio = times(s.ratio, s.versus ? 2 : 1);
    const drawn = s.drawnFloor ? ms(s.drawnFloor.median) : '–';
    const target = [
      s.target ? `≤ ${fmt(s.target.value, s.unit)}` : '',
      s.drawnFloor && s.ratioTarget ? `≤ ${s.ratioTarget}x read and draw` : '',
      !s.drawnFloor && s.floor && s.ratioTarget ? `≤ ${s.ratioTarget}x floor` : '',
      s.versus && s.ratioTarget ? `≤ ${s.ratioTarget}x plain` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const value = s.measure === 'p95' ? `p95 ${fmt(s.stats.p95, s.unit)}` : fmt(s.stats.median, s.unit);
    lines.push(
      `| ${s.label} | ${value} | ${spread} | ${target} | ${floor} | ${ratio} | ${drawn} | ${times(s.drawnRatio, 1)} | ${s.met === null ? '' : s.met ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}

export function machineLine(m) {
  return `${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.os}; ${m.chromium}; Node ${m.node}; scale ${m.scale} (seed ${m.seed}), ${m.runs} runs after ${m.warmup} warm-up; ${m.date}, commit ${m.commit}`;
}

/** The machine, browser and run settings a result was measured with. */
export function machine(root, chromiumVersion, config) {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    chromium: `Chromium ${chromiumVersion}`,
    node: process.versions.node,
    scale: config.scale,
    seed: config.seed,
    runs: config.runs,
    warmup: config.warmup,
    date: new Date().toISOString().slice(0, 10),
    commit,
  };
}
