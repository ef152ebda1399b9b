/**
 * The lesson views' figures for the browser bench (issue 10): time from the moment the track record
 * is asked for (scrolled near) to its complete result painted, and from a keyboard change of a
 * meeting decision to the complete what-if ladder painted, each with the longest main-thread task
 * meanwhile (wall time from the long-task observer, and CPU time from a trace). Times come from the
 * DigestRunner's marks (rl:trackrecord:request/done, rl:ladder:request/done) and the next frame.
 */
import type { Browser, Page } from '@playwright/test';

/** One timed lesson: the wall time to its complete result painted, and the longest task meanwhile. */
export interface LessonTiming {
  ms: number;
  longest: number;
  longestCpu: number;
  /**
   * CPU time of the busiest worker thread meanwhile (the lesson worker's computing, which load on
   * the machine does not inflate): about the wall time an otherwise idle 2-core machine would take.
   */
  workerCpu: number;
}

interface ProbeMark {
  name: string;
  generation: number;
  at: number;
  painted: number;
}

type ProbeWindow = Window & { __bench: { marks: ProbeMark[]; longTasks: { start: number; duration: number }[]; inputs: number[] } };

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

type TraceEvent = { name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } };

/** The longest main-thread task's CPU time, and the CPU time of the busiest worker thread, from a trace. */
function cpuFigures(trace: Buffer): { longestCpu: number; workerCpu: number } {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const named = (pattern: RegExp) => traceEvents.filter((e) => e.name === 'thread_name' && pattern.test(e.args?.name ?? ''));
  const main = named(/^CrRendererMain$/);
  const workers = named(/Worker/);
  const on = (threads: TraceEvent[], e: TraceEvent) => threads.some((t) => t.pid === e.pid && t.tid === e.tid);
  let longestCpu = 0;
  const perWorker = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.name !== 'RunTask') continue;
    const ms = (e.tdur ?? 0) / 1000;
    if (on(main, e)) longestCpu = Math.max(longestCpu, ms);
    else if (on(workers, e)) perWorker.set(`${e.pid}:${e.tid}`, (perWorker.get(`${e.pid}:${e.tid}`) ?? 0) + ms);
  }
  return { longestCpu, workerCpu: Math.max(0, ...perWorker.values()) };
}

async function waitForMark(page: Page, name: string, after: number): Promise<void> {
  await page.waitForFunction(
    ({ name, after }) => (window as unknown as ProbeWindow).__bench.marks.slice(after).some((m) => m.name === name && Number.isFinite(m.painted)),
    { name, after },
    { timeout: 600_000 },
  );
}

async function longestIn(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ({ from, to }) =>
      (window as unknown as ProbeWindow).__bench.longTasks
        .filter((t) => t.start + t.duration >= from && t.start <= to)
        .reduce((m, t) => Math.max(m, t.duration), 0),
    { from, to },
  );
}

/** On a page with every chart drawn: scrolls to the track record and times it to its complete result. */
export async function timeTrackRecord(browser: Browser, page: Page): Promise<LessonTiming> {
  const before = await page.evaluate(() => (window as unknown as ProbeWindow).__bench.marks.length);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.locator('section.track-record').scrollIntoViewIfNeeded();
  await waitForMark(page, 'rl:trackrecord:done', before);
  const cpu = cpuFigures(await browser.stopTracing());
  const marks = (await page.evaluate(() => (window as unknown as ProbeWindow).__bench.marks)).slice(before);
  const request = marks.find((m) => m.name === 'rl:trackrecord:request')!;
  const done = marks.find((m) => m.name === 'rl:trackrecord:done')!;
  return { ms: done.painted - request.at, longest: await longestIn(page, request.at, done.painted), ...cpu };
}

/** With the ladder computed once: presses a key on the first meeting bar and times the ladder it restarts. */
export async function timeLadder(browser: Browser, page: Page, key: 'ArrowDown' | 'ArrowUp'): Promise<LessonTiming> {
  const ladder = page.locator('section.ladder');
  await ladder.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('section.ladder')?.getAttribute('data-status') === 'done', undefined, { timeout: 600_000 });
  const before = await page.evaluate(() => ({ marks: (window as unknown as ProbeWindow).__bench.marks.length, inputs: (window as unknown as ProbeWindow).__bench.inputs.length }));
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  // Focus without scrolling, so the ladder stays on screen as a reader would watch it.
  await page.getByRole('slider', { name: /^Decision at the/ }).first().evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
  await page.keyboard.press(key);
  await waitForMark(page, 'rl:ladder:done', before.marks);
  const cpu = cpuFigures(await browser.stopTracing());
  const probe = await page.evaluate(() => (window as unknown as ProbeWindow).__bench);
  const input = probe.inputs[before.inputs]!;
  const done = probe.marks.slice(before.marks).find((m) => m.name === 'rl:ladder:done')!;
  return { ms: done.painted - input, longest: await longestIn(page, input, done.painted), ...cpu };
}
