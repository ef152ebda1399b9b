/**
 * Browser benchmark: builds the site, serves it under a sub-path (test/e2e/serve.mjs), opens it in
 * headless Chromium and prints medians over several repetitions of: time to the first chart and to
 * the first complete set of charts after navigation; time from a keyboard change of a meeting
 * decision to the preview and to the full run, for the default scenario and for 100,000 paths ×
 * 120 months; and the longest main-thread task (PerformanceObserver 'longtask') during each run.
 * Times come from the runner's User Timing marks (rl:request, rl:preview, rl:full, see markRun)
 * plus the next painted frame. It also drags a meeting bar at 390 and 1280 px and prints the worst
 * animation frame and the count of frames over 50 ms, during the drag and until the release's full run, with the longest main-thread task by CPU time (a frame far longer than that waited for a core). Long tasks are wall time (the observer's view, inflated when other
 * processes load the machine); the bench also reads each task's main-thread CPU time from a trace.
 *
 *   npm run bench:browser            # BENCH_PORT, BENCH_DIST, BENCH_REPS, CHROMIUM_PATH override
 *   BENCH_BUILD=0 BENCH_DIST=dir npm run bench:browser   # serve a site built earlier (compare two builds in one session)
 *   BENCH_ONLY=drag npm run bench:browser   # only the drag figures
 *   BENCH_ONLY=lessons npm run bench:browser   # only the track record and what-if ladder figures
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { scenarioToSearch } from '../../src/url/scenarioToSearch.ts';
import { timeLadder, timeTrackRecord, type LessonTiming } from './lessonsBench.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const DIST = process.env.BENCH_DIST ?? `/tmp/rotation-lab-bench-${PORT}`;
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 5));
/** BENCH_BUILD=0 serves BENCH_DIST as it is instead of building the working tree into it. */
const BUILD = process.env.BENCH_BUILD !== '0';
/** BENCH_ONLY=drag runs only the meeting-bar drag figures. */
const ONLY_DRAG = process.env.BENCH_ONLY === 'drag';
/** BENCH_ONLY=lessons runs only the lesson views' figures. */
const ONLY_LESSONS = process.env.BENCH_ONLY === 'lessons';
const PREFIX = '/rotation-lab/';
const URL_BASE = `http://127.0.0.1:${PORT}${PREFIX}`;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What the page records (installed before any of the app's scripts run). */
interface Probe {
  marks: { name: string; generation: number; at: number; painted: number }[];
  longTasks: { start: number; duration: number }[];
  inputs: number[];
  firstChart: number | null;
  allCharts: number | null;
  confirms: number;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

/** Runs in the page: records marks (and the frame that paints them), long tasks, key presses and chart readiness. */
function installProbe(): void {
  const probe: Probe = { marks: [], longTasks: [], inputs: [], firstChart: null, allCharts: null, confirms: 0 };
  window.__bench = probe;
  const afterPaint = (done: (t: number) => void) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.name.startsWith('rl:')) continue;
      const record = { name: e.name, generation: ((e as PerformanceMark).detail?.generation as number) ?? -1, at: e.startTime, painted: NaN };
      probe.marks.push(record);
      afterPaint((t) => (record.painted = t));
    }
  }).observe({ type: 'mark' });
  addEventListener('keydown', (e) => probe.inputs.push(e.timeStamp), { capture: true });
  // Charts are drawn when every plot container holds its SVG, once the page has mounted them all:
  // it mounts its sections and charts one per frame, the lessons' (the stories last) after the
  // others, so before that every container present can be drawn while most are still to come.
  const check = () => {
    const plots = document.querySelectorAll('figure.fan .plot, figure.hist > div, .why .bars');
    const drawn = [...plots].filter((p) => p.querySelector('svg path, svg rect')).length;
    if (probe.firstChart === null && document.querySelector('figure.fan .plot svg path')) probe.firstChart = performance.now();
    const full = probe.marks.some((m) => m.name === 'rl:full');
    const mounted = document.querySelector('section.stories') !== null;
    if (probe.allCharts === null && full && mounted && plots.length > 0 && drawn === plots.length && document.querySelector('.charts:not(.stale)')) {
      probe.allCharts = performance.now();
    }
    if (probe.allCharts === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  // A long run waits for "Run it"; the bench answers at once so the full run is timed from the input.
  new MutationObserver(() => {
    const runIt = document.querySelector<HTMLButtonElement>('[data-testid="run-confirm"] button.primary');
    if (runIt) {
      probe.confirms++;
      runIt.click();
    }
  }).observe(document, { childList: true, subtree: true });
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL_BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The bench server did not answer at ${URL_BASE}`);
}

async function openApp(
  browser: Browser,
  search = '',
  trace?: (cpu: number) => void,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  // tsx (esbuild keepNames) may wrap functions in __name(); define it so the probe runs in the page.
  await page.addInitScript({ content: `var __name = (f) => f; (${installProbe.toString()})();` });
  await page.goto(URL_BASE + search);
  await page.waitForFunction(() => window.__bench.allCharts !== null, undefined, { timeout: 180_000 });
  if (trace) trace(longestCpuTask(await browser.stopTracing()));
  return page;
}

/** Longest task overlapping [from, to] in the page's timeline. */
function longestIn(probe: Probe, from: number, to: number): number {
  return probe.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).reduce((m, t) => Math.max(m, t.duration), 0);
}

/** Longest main-thread task by CPU time (thread time, which load on the machine does not inflate), from a trace. */
function longestCpuTask(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: { name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }[] };
  const main = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let longest = 0;
  for (const e of traceEvents) {
    if (e.name !== 'RunTask' || !main.some((m) => m.pid === e.pid && m.tid === e.tid)) continue;
    longest = Math.max(longest, (e.tdur ?? 0) / 1000);
  }
  return longest;
}

/** BENCH_TRACE_DIR=folder keeps each drag's trace there (drag-WIDTH-N.json), to read a long frame's cause in DevTools. */
const TRACE_DIR = process.env.BENCH_TRACE_DIR;
let tracesWritten = 0;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface InputTiming {
  preview: number;
  full: number;
  longest: number;
  /** The same task's longest CPU time on the main thread. */
  longestCpu: number;
}

/** Presses a key on the first meeting bar and times the run it starts until its full result is painted. */
async function timeInput(browser: Browser, page: Page, key: 'ArrowDown' | 'ArrowUp'): Promise<InputTiming> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const before = await page.evaluate(() => ({ inputs: window.__bench.inputs.length, marks: window.__bench.marks.length }));
  await page.getByRole('slider', { name: /^Decision at the/ }).first().focus();
  await page.keyboard.press(key);
  await page.waitForFunction(
    (n) => window.__bench.marks.slice(n).some((m) => m.name === 'rl:full' && Number.isFinite(m.painted)),
    before.marks,
    { timeout: 600_000 },
  );
  const probe = await page.evaluate(() => window.__bench);
  const longestCpu = longestCpuTask(await browser.stopTracing());
  const input = probe.inputs[before.inputs];
  const marks = probe.marks.slice(before.marks);
  const full = marks.find((m) => m.name === 'rl:full')!;
  const preview = marks.find((m) => m.name === 'rl:preview' && m.generation === full.generation);
  return {
    preview: preview ? preview.painted - input : NaN,
    full: full.painted - input,
    longest: longestIn(probe, input, full.painted),
    longestCpu,
  };
}

/** Frames seen while a meeting bar is dragged: each frame's length (one animation frame to the next). */
interface DragTiming {
  /** Frames from the press to the release. */
  drag: number[];
  /** Frames from the release until the full run of the last value is painted. */
  settle: number[];
  /** Previews painted during the drag (each new value starts one). */
  previews: number;
  /**
   * The longest main-thread task from the press to the full run painted, by CPU time (from a
   * trace): the page's own work, which other processes on the machine do not inflate; a frame
   * much longer than this waited for a core.
   */
  longestCpu: number;
}

/**
 * Drags the second meeting bar (pointer events, as a mouse or a finger does) up and down across its
 * whole range for ~2 s, about one move per frame, then lets go; records every animation frame's
 * length meanwhile (requestAnimationFrame to requestAnimationFrame, so a frame is long when the main
 * thread holds it, whatever the cause: the runner, Svelte's updates, style, layout or paint).
 */
async function timeDrag(browser: Browser, page: Page): Promise<DragTiming> {
  // A phone shows the controls in their own pane, with the dock's result strip (see PhoneDock).
  const scenarioPane = page.getByRole('navigation', { name: 'Scenario or results' }).getByRole('button', { name: 'Scenario' });
  if ((await scenarioPane.count()) > 0 && (await scenarioPane.getAttribute('aria-pressed')) !== 'true') await scenarioPane.click();
  const bar = page.getByRole('slider', { name: /^Decision at the/ }).nth(1);
  // In the middle of the screen, clear of a phone's dock.
  await bar.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = (await bar.locator('rect.hit').boundingBox())!;
  const cx = box.x + box.width / 2;
  const top = box.y + 2;
  const bottom = box.y + box.height - 2;
  // Tracing starts before the frames are counted: its own start is not a frame of the drag.
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  // A string, not a function: tsx would wrap the named loop in __name(), which the page lacks here.
  await page.evaluate(`(() => {
    const frames = [];
    window.__frames = frames;
    let last = performance.now();
    const loop = (t) => {
      frames.push(t - last);
      last = t;
      if (window.__frames === frames) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  const marksBefore = await page.evaluate(() => window.__bench.marks.length);
  await page.mouse.move(cx, (top + bottom) / 2);
  await page.mouse.down();
  const moves = 120;
  for (let i = 0; i <= moves; i++) {
    // Two sweeps over the whole range: +100 → −100 → +100 bp.
    const phase = Math.abs(((i / moves) * 2) % 2 - 1);
    await page.mouse.move(cx, top + (1 - phase) * (bottom - top));
    await page.waitForTimeout(16);
  }
  const dragFrames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.length);
  const previews = await page.evaluate((n) => window.__bench.marks.slice(n).filter((m) => m.name === 'rl:preview').length, marksBefore);
  await page.mouse.up();
  await page.waitForFunction(
    (n) => window.__bench.marks.slice(n).some((m) => m.name === 'rl:full' && Number.isFinite(m.painted)),
    marksBefore,
    { timeout: 600_000 },
  );
  // Stop the frame loop and take its record.
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] | null };
    const all = w.__frames ?? [];
    w.__frames = null;
    return all;
  });
  const trace = await browser.stopTracing();
  if (TRACE_DIR) writeFileSync(`${TRACE_DIR}/drag-${page.viewportSize()?.width}-${++tracesWritten}.json`, trace);
  const longestCpu = longestCpuTask(trace);
  // The first entry spans from the setup to the first frame; it is not a frame of the drag.
  return { drag: frames.slice(1, dragFrames), settle: frames.slice(dragFrames), previews, longestCpu };
}

async function benchDrags(browser: Browser, viewport: { width: number; height: number }, reps: number): Promise<DragTiming[]> {
  const page = await openApp(browser, '', undefined, viewport);
  const results: DragTiming[] = [];
  for (let i = 0; i < reps; i++) results.push(await timeDrag(browser, page));
  await page.close();
  return results;
}

/** Worst frame and the count of frames over 50 ms, over all repetitions. */
function frameFigure(frames: number[]): string {
  const worst = frames.reduce((m, f) => Math.max(m, f), 0);
  const over = frames.filter((f) => f > 50).length;
  return `worst ${fmt(worst)}, ${over} of ${frames.length} over 50 ms`;
}

/** The frames over 16.7 ms (the rest are on time), rounded: enough to see the long ones in the JSON. */
function lateFrames(drags: DragTiming[]): { drag: number[]; settle: number[]; frames: number; previews: number; longestCpu: number }[] {
  const late = (fs: number[]) => fs.filter((f) => f > 17).map(Math.round);
  return drags.map((d) => ({
    drag: late(d.drag),
    settle: late(d.settle),
    frames: d.drag.length + d.settle.length,
    previews: d.previews,
    longestCpu: Math.round(d.longestCpu),
  }));
}

type DragFigures = Record<'390 px' | '1280 px', DragTiming[]>;

/** Drags at a phone's width and a laptop's, a few times each (on one page per width). */
async function benchDragFigures(browser: Browser): Promise<DragFigures> {
  const reps = Math.max(1, Math.min(REPS, 3));
  return {
    '390 px': await benchDrags(browser, { width: 390, height: 844 }, reps),
    '1280 px': await benchDrags(browser, { width: 1280, height: 900 }, reps),
  };
}

function dragJson(figures: DragFigures) {
  return Object.fromEntries(Object.entries(figures).map(([label, drags]) => [label, lateFrames(drags)]));
}

function printDragFigures(figures: DragFigures): void {
  const reps = figures['390 px'].length;
  console.log(`\nDragging a meeting bar (~2 s, two sweeps over ±100 bp; every frame of ${reps} drags; target: none over 50 ms):`);
  for (const [label, drags] of Object.entries(figures)) {
    const previews = drags.reduce((n, d) => n + d.previews, 0);
    console.log(`  ${`${label}, during the drag`.padEnd(42)} ${frameFigure(drags.flatMap((d) => d.drag))} (${previews} previews painted)`);
    console.log(`  ${`${label}, release → full run painted`.padEnd(42)} ${frameFigure(drags.flatMap((d) => d.settle))}`);
    const cpu = drags.map((d) => Math.round(d.longestCpu)).join(', ');
    console.log(`  ${`${label}, longest main-thread task, CPU`.padEnd(42)} ${cpu} ms (per drag; a longer frame waited for a core)`);
  }
}

async function benchInputs(browser: Browser, search: string, reps: number): Promise<InputTiming[]> {
  const page = await openApp(browser, search);
  const results: InputTiming[] = [];
  for (let i = 0; i < reps; i++) results.push(await timeInput(browser, page, i % 2 ? 'ArrowUp' : 'ArrowDown'));
  await page.close();
  return results;
}

/** The lesson views (issue 10): a complete track record once asked for, and a complete ladder after each of two inputs, per page. */
async function benchLessons(browser: Browser, reps: number): Promise<{ trackRecord: LessonTiming[]; ladder: LessonTiming[] }> {
  const trackRecord: LessonTiming[] = [];
  const ladder: LessonTiming[] = [];
  for (let i = 0; i < reps; i++) {
    const page = await openApp(browser);
    trackRecord.push(await timeTrackRecord(browser, page));
    ladder.push(await timeLadder(browser, page, 'ArrowDown'));
    ladder.push(await timeLadder(browser, page, 'ArrowUp'));
    await page.close();
  }
  return { trackRecord, ladder };
}

function lessonRows(lessons: { trackRecord: LessonTiming[]; ladder: LessonTiming[] }): [string, string, string][] {
  return [
    ['track record: asked for → complete, painted', fmt(median(lessons.trackRecord.map((t) => t.ms))), '< 2 s'],
    ['  its busiest worker thread, CPU time', fmt(median(lessons.trackRecord.map((t) => t.workerCpu))), ''],
    ['track record: longest task meanwhile', fmt(median(lessons.trackRecord.map((t) => t.longest))), '< 50 ms'],
    ['  the same by main-thread CPU time', fmt(median(lessons.trackRecord.map((t) => t.longestCpu))), ''],
    ['ladder: input → complete ladder painted', fmt(median(lessons.ladder.map((t) => t.ms))), '< 2 s'],
    ['  its busiest worker thread, CPU time', fmt(median(lessons.ladder.map((t) => t.workerCpu))), ''],
    ['ladder: longest task meanwhile', fmt(median(lessons.ladder.map((t) => t.longest))), '< 50 ms'],
    ['  the same by main-thread CPU time', fmt(median(lessons.ladder.map((t) => t.longestCpu))), ''],
  ];
}

async function main(): Promise<void> {
  if (!CHROMIUM) throw new Error('No Chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  const loadBefore = loadavg();
  if (BUILD) {
    console.log(`Building into ${DIST} …`);
    execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } else {
    if (!existsSync(`${DIST}/index.html`)) throw new Error(`BENCH_BUILD=0: no site built in ${DIST}`);
    console.log(`Serving the site built in ${DIST}`);
  }
  const server: ChildProcess = spawn(process.execPath, ['test/e2e/serve.mjs', '--root', DIST, '--prefix', PREFIX, '--port', String(PORT)], {
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    await waitForServer();
    if (ONLY_DRAG) {
      const drags = await benchDragFigures(browser);
      printDragFigures(drags);
      console.log(`  load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${new Date().toISOString().slice(11, 16)} UTC`);
      console.log(JSON.stringify({ dragLateFramesMs: dragJson(drags) }));
      return;
    }
    if (ONLY_LESSONS) {
      const lessons = await benchLessons(browser, Math.max(1, Math.min(REPS, 3)));
      console.log(`\nLesson views in headless Chromium (${cpus().length} cores), medians:`);
      for (const [label, value, target] of lessonRows(lessons)) console.log(`  ${label.padEnd(42)} ${value.padStart(9)}   ${target && `target ${target}`}`);
      console.log(`  load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      console.log(JSON.stringify({ lessons }));
      return;
    }

    const firstChart: number[] = [];
    const allCharts: number[] = [];
    const loadLongest: number[] = [];
    const loadLongestCpu: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const page = await openApp(browser, '', (cpu) => loadLongestCpu.push(cpu));
      const probe = await page.evaluate(() => window.__bench);
      firstChart.push(probe.firstChart ?? NaN);
      allCharts.push(probe.allCharts ?? NaN);
      loadLongest.push(longestIn(probe, 0, probe.allCharts ?? Infinity));
      await page.close();
    }

    const defaults = await benchInputs(browser, '', REPS);
    const big = defaultScenario();
    big.paths = 100_000;
    big.months = 120;
    const bigRuns = await benchInputs(browser, scenarioToSearch(big), Math.max(1, Math.min(REPS, 3)));

    const drags = await benchDragFigures(browser);
    const lessons = await benchLessons(browser, Math.max(1, Math.min(REPS, 3)));

    const loadAfter = loadavg();
    const rows: [string, string, string][] = [
      ['first chart drawn after navigation', fmt(median(firstChart)), '< 1.5 s'],
      ['every chart drawn from the full run', fmt(median(allCharts)), '< 1.5 s'],
      ['longest task, navigation to all charts', fmt(median(loadLongest)), '< 50 ms'],
      ['  the same by main-thread CPU time', fmt(median(loadLongestCpu)), ''],
      ['default: input → preview painted', fmt(median(defaults.map((r) => r.preview))), '< 100 ms'],
      ['default: input → full run painted', fmt(median(defaults.map((r) => r.full))), '< 500 ms'],
      ['default: longest task during the run', fmt(median(defaults.map((r) => r.longest))), '< 50 ms'],
      ['  the same by main-thread CPU time', fmt(median(defaults.map((r) => r.longestCpu))), ''],
      ['100k × 120: input → preview painted', fmt(median(bigRuns.map((r) => r.preview))), '< 100 ms'],
      ['100k × 120: input → full run painted', fmt(median(bigRuns.map((r) => r.full))), ''],
      ['100k × 120: longest task during the run', fmt(median(bigRuns.map((r) => r.longest))), '< 50 ms'],
      ['  the same by main-thread CPU time', fmt(median(bigRuns.map((r) => r.longestCpu))), ''],
      ...lessonRows(lessons),
    ];
    console.log(`\nRotation Lab in headless Chromium (${cpus().length} cores), medians of ${REPS} (100k: ${bigRuns.length}):`);
    for (const [label, value, target] of rows) console.log(`  ${label.padEnd(42)} ${value.padStart(9)}   ${target && `target ${target}`}`);
    printDragFigures(drags);
    console.log(`  load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
    console.log(
      JSON.stringify({
        firstChartMs: firstChart,
        allChartsMs: allCharts,
        loadLongestTaskMs: loadLongest,
        loadLongestTaskCpuMs: loadLongestCpu,
        default: defaults,
        paths100kMonths120: bigRuns,
        dragLateFramesMs: dragJson(drags),
        lessons,
        loadavg: { before: loadBefore, after: loadAfter },
      }),
    );
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
