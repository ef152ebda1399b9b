/**
 * Benchmark of the simulation engine (run with `npm run bench`): engine throughput and memory at
 * 10,000 and 100,000 paths × 120 months with every channel on, the kernel's ratio to the time of
 * drawing the same random numbers, and the generator and normal-method comparisons behind the
 * choices in docs/engine.md. Each figure is the median of several repetitions.
 *
 * The engine figures are CPU time of this thread (`process.cpuUsage`) and wall time side by side:
 * on a shared machine the wall time includes waiting for a core, the CPU time mostly does not.
 *
 * `simulatePartial` does two jobs in one loop over the months: the kernel (draw the month's random
 * numbers, step the model's equations) and the summary's accumulation (bin the seven series into
 * their histograms, add their means). The run reports each phase's time (`KernelTiming`, wall
 * clock inside the same run), so the kernel/floor ratio compares the kernel proper with its own
 * draws, and the summary's time is its accumulation plus `summarize`. The separate floor run (the
 * same draws and nothing else) cross-checks the in-run draw time.
 */
import seedrandom from 'seedrandom';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { CHUNK_PATHS, chunkCount } from '../../src/model/chunkCount.ts';
import { chunkStreams } from '../../src/model/chunkStreams.ts';
import { kernelTiming, type KernelTiming } from '../../src/model/kernelTiming.ts';
import { NORMALS_PER_STEP } from '../../src/model/kernelState.ts';
import { RandomStream } from '../../src/model/randomStream.ts';
import { preparedFor } from '../../src/model/preparedFor.ts';
import { partialTransferables } from '../../src/model/simulationPartial.ts';
import { simulatePartial } from '../../src/model/simulatePartial.ts';
import { summarize } from '../../src/model/summarize.ts';
import type { Scenario } from '../../src/model/scenario.ts';

const SIMULATE_TARGET_MS = 250;
const RATIO_TARGET = 1.6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** CPU and wall milliseconds of one call. */
function measure(fn: () => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall };
}

/** Every channel on: the default scenario over 120 months, total return, a yield and an inflation shock. */
function benchScenario(paths: number): Scenario {
  const s = defaultScenario();
  s.paths = paths;
  s.months = 120;
  s.returnMode = 'total';
  const b = s.branches[0];
  b.inflation.shocks = [{ size: 0.5, start: 3, duration: 12 }];
  b.yields.shocks = [{ size: 30, start: 2, permanent: false, halfLife: 24 }];
  b.backdrop.growthShock = -10;
  b.backdrop.riskAppetite = 0.25;
  return s;
}

/**
 * Draws exactly the random numbers the kernel draws for a (one-branch) scenario, and nothing else:
 * each path's growth draw (with month 1's numbers), the bulk normals, uniforms and mixing draws,
 * then one normal per path that jumps.
 */
function drawFloor(s: Scenario): void {
  const nu = s.branches[0].shocks.tailDf;
  const noJump = Math.exp(-preparedFor(s).branches[0].plan.bitcoin.jumpRate);
  const normals = new Float64Array(CHUNK_PATHS * NORMALS_PER_STEP);
  const uniforms = new Float64Array(CHUNK_PATHS);
  const mixing = new Float64Array(CHUNK_PATHS);
  const growth = new Float64Array(CHUNK_PATHS);
  for (let c = 0; c < chunkCount(s); c++) {
    const n = Math.min(CHUNK_PATHS, s.paths - c * CHUNK_PATHS);
    const { shocks, branches } = chunkStreams(s.seed, c);
    for (let i = 0; i < n; i++) branches.uniform();
    for (let m = 1; m <= s.months; m++) {
      if (m === 1) shocks.fillNormals(growth, n);
      shocks.fillNormals(normals, NORMALS_PER_STEP * n);
      shocks.fillUniforms(uniforms, n);
      if (nu !== null) shocks.fillTailScales(mixing, n, nu);
      let jumpers = 0;
      for (let i = 0; i < n; i++) if (uniforms[i] > noJump) jumpers++;
      if (jumpers > 0) shocks.fillNormals(normals, jumpers);
    }
  }
}

/** The engine figures at one path count; returns the medians the targets are judged on (CPU ms, ratio). */
function engine(paths: number, reps: number): { simulateCpu: number; simulateWall: number; ratio: number; loopRatio: number; accumulation: number } {
  const s = benchScenario(paths);
  const kernel: { cpu: number; wall: number }[] = [];
  const summary: { cpu: number; wall: number }[] = [];
  const floor: { cpu: number; wall: number }[] = [];
  const phases: KernelTiming[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  let bytes = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  let partial = simulatePartial({ ...s, paths: Math.min(paths, 2_000) }); // warm-up
  summarize(s, partial);
  drawFloor({ ...s, paths: Math.min(paths, 2_000) });
  for (let r = 0; r < reps; r++) {
    const timing = kernelTiming(() => performance.now());
    kernel.push(measure(() => (partial = simulatePartial(s, { onProgress: sample, timing }))));
    phases.push(timing);
    sample();
    summary.push(measure(() => summarize(s, partial)));
    sample();
    floor.push(measure(() => drawFloor(s)));
    bytes = partialTransferables(partial).reduce((n, b) => n + b.byteLength, 0);
  }
  const cpu = (xs: { cpu: number }[]) => median(xs.map((x) => x.cpu));
  const wall = (xs: { wall: number }[]) => median(xs.map((x) => x.wall));
  const both = (xs: { cpu: number; wall: number }[], digits = 0) => `${fmt(cpu(xs), digits).padStart(7)} ms CPU ${fmt(wall(xs), digits).padStart(7)} ms wall`;
  const total = kernel.map((k, i) => ({ cpu: k.cpu + summary[i].cpu, wall: k.wall + summary[i].wall }));
  const loopRatio = median(kernel.map((k, i) => k.cpu / floor[i].cpu));
  // The kernel proper (draws + dynamics) over its own draws, per repetition, same run and clock.
  const ratio = median(phases.map((t) => (t.draws + t.dynamics) / t.draws));
  const phase = (key: 'draws' | 'dynamics' | 'accumulation') => median(phases.map((t) => t[key]));
  const drawsOverFloor = median(phases.map((t, i) => t.draws / floor[i].wall));
  const summaryTotal = median(phases.map((t, i) => t.accumulation + summary[i].wall));
  const ms = (x: number, digits = 0) => `${fmt(x, digits).padStart(7)} ms`;
  console.log(`\n${fmt(paths)} paths × 120 months, every channel on (median of ${reps})`);
  console.log(`  simulate (kernel + summary)    ${both(total)}`);
  console.log(`  simulatePartial                ${both(kernel)}   ${fmt((paths * 120) / cpu(kernel) / 1000, 1)} M path-months/s (CPU)`);
  console.log(`    random draws                 ${ms(phase('draws'))} wall   (in-run; ${fmt(drawsOverFloor, 2)}× the floor run's wall time)`);
  console.log(`    model dynamics               ${ms(phase('dynamics'))} wall   (the equations of MODEL §2)`);
  console.log(`    summary accumulation         ${ms(phase('accumulation'))} wall   (drawdowns, 7 series' histograms and means, terminal accounting)`);
  console.log(`  summarize                      ${both(summary, 1)}`);
  console.log(`  summary, all of it             ${ms(summaryTotal)} wall   (accumulation + summarize)`);
  console.log(`  random-number floor            ${both(floor)}   (the same draws, nothing else)`);
  console.log(`  kernel / floor                 ${fmt(ratio, 2).padStart(7)}      (draws + dynamics over draws, in-run)`);
  console.log(`  simulatePartial / floor        ${fmt(loopRatio, 2).padStart(7)}      (CPU; includes the summary accumulation)`);
  console.log(`  partial                        ${fmt(bytes / 1024)} KB`);
  console.log(`  peak RSS ${fmt(peakRss / 2 ** 20)} MB, peak heap ${fmt(peakHeap / 2 ** 20)} MB`);
  return { simulateCpu: cpu(total), simulateWall: wall(total), ratio, loopRatio, accumulation: phase('accumulation') };
}

function generators(reps: number): void {
  const n = 2_000_000;
  console.log(`\nUniform generators: M draws/s (median of ${reps}, ${fmt(n / 1e6)} M draws)`);
  const candidates: [string, () => () => number][] = [
    ['ARC4 (seedrandom default)', () => seedrandom('bench')],
    ['alea', () => seedrandom.alea('bench')],
    ['xor128', () => seedrandom.xor128('bench')],
    ['xor4096', () => seedrandom.xor4096('bench')],
    ['tychei', () => seedrandom.tychei('bench')],
  ];
  let sink = 0;
  for (const [name, make] of candidates) {
    const rates: number[] = [];
    for (let r = 0; r < reps; r++) {
      const g = make();
      rates.push(n / time(() => { for (let i = 0; i < n; i++) sink += g(); }) / 1000);
    }
    console.log(`  ${name.padEnd(34)} ${fmt(median(rates))}`);
  }
  const out = new Float64Array(10_000);
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    const g = new RandomStream('bench');
    rates.push(n / time(() => { for (let i = 0; i < n; i += out.length) g.fillUniforms(out, out.length); }) / 1000);
  }
  console.log(`  ${'tychei, inlined fill (engine)'.padEnd(34)} ${fmt(median(rates))}`);
  if (sink === 42) console.log('');
}

function normals(reps: number): void {
  const n = 2_000_000;
  const out = new Float64Array(10_000);
  const uni = new Float64Array(20_000);
  console.log(`\nNormal methods on the tychei stream: M normals/s (median of ${reps})`);
  const methods: [string, (g: RandomStream) => void][] = [
    ['ziggurat, 128 layers (engine)', (g) => g.fillNormals(out, out.length)],
    ['Box–Muller', (g) => {
      g.fillUniforms(uni, out.length);
      for (let i = 0; i < out.length; i += 2) {
        const r = Math.sqrt(-2 * Math.log(uni[i]));
        const th = 2 * Math.PI * uni[i + 1];
        out[i] = r * Math.cos(th);
        out[i + 1] = r * Math.sin(th);
      }
    }],
    ['Marsaglia polar', (g) => {
      let i = 0;
      while (i < out.length) {
        const u = 2 * g.uniform() - 1, v = 2 * g.uniform() - 1, s = u * u + v * v;
        if (s >= 1 || s === 0) continue;
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        out[i++] = u * f;
        if (i < out.length) out[i++] = v * f;
      }
    }],
  ];
  for (const [name, fill] of methods) {
    const rates: number[] = [];
    for (let r = 0; r < reps; r++) {
      const g = new RandomStream('bench');
      rates.push(n / time(() => { for (let i = 0; i < n; i += out.length) fill(g); }) / 1000);
    }
    console.log(`  ${name.padEnd(34)} ${fmt(median(rates))}`);
  }
}

console.log(`Rotation Lab engine benchmark — Node ${process.version}, one thread`);
// `npm run bench -- --engine` skips the generator and normal-method comparisons.
const tenThousand = engine(10_000, 9);
engine(100_000, 3);
if (!process.argv.includes('--engine')) {
  generators(5);
  normals(5);
}
// The targets, on one core (informational: the bench never fails the build; on a loaded
// machine CPU time is the fairer figure, wall time waits for a core).
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
console.log('\nTargets (10,000 paths × 120 months, every channel on, one thread)');
console.log(`  ${verdict(tenThousand.simulateCpu < SIMULATE_TARGET_MS)}  simulate incl. the summary < ${SIMULATE_TARGET_MS} ms: ${fmt(tenThousand.simulateCpu)} ms CPU (${fmt(tenThousand.simulateWall)} ms wall)`);
console.log(`  ${verdict(tenThousand.ratio <= RATIO_TARGET)}  kernel ≤ ${RATIO_TARGET}× the random-number floor: ${fmt(tenThousand.ratio, 2)}× (draws + dynamics over draws, in-run)`);
console.log(`        with the summary's accumulation (${fmt(tenThousand.accumulation)} ms) counted in the kernel as well: ${fmt(tenThousand.loopRatio, 2)}× (CPU)`);
