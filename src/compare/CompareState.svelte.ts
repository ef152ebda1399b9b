import type { Scenario, Summary } from '../model/index.ts';
import type { RunEstimate } from '../pool/runEstimate.ts';
import type { RunResult, RunStatus } from '../pool/runTypes.ts';
import { pageAddress } from '../app/pageAddress.svelte.ts';
import { readPinLink, searchWithPin } from './compareLink.ts';

/** What compare mode needs of a runner: the app's SimulationRunner has exactly this shape. */
export interface PinRunner {
  readonly result: RunResult<unknown> | null;
  readonly status: RunStatus;
  readonly progress: { done: number; total: number };
  readonly error: string | null;
  /** The cost of the full run while status is 'confirm'. */
  readonly estimate: RunEstimate | null;
  request(scenario: Scenario, interacting: boolean): void;
  /** Accepts an over-budget run waiting in status 'confirm'. */
  confirm(): void;
  /** Stops the run at once (status 'cancelled'). */
  cancel(): void;
  dispose(): void;
}

/** Where the pin is written: the page's address bar in the app, a plain object in tests. */
export interface PinAddress {
  /** The current query string (location.search). */
  search(): string;
  /** Replaces the query string without adding a history entry. */
  replace(search: string): void;
}

const browserAddress: PinAddress = {
  search: () => pageAddress.search,
  replace: (search) => pageAddress.replace(search),
};

/**
 * Compare mode: scenario A pinned beside the scenario being edited (B). A's summary is the one seen
 * when it was pinned, or is recomputed by a runner of its own (its own worker, so B's run is never
 * cancelled); the pin lives in the link as `a=`.
 */
export class CompareState {
  /** The pinned scenario A, or null when not comparing. */
  pinned = $state.raw<Scenario | null>(null);
  /** Shown once when the link's `a=` could not be read. */
  message = $state<string | null>(null);

  #given = $state.raw<Summary | null>(null);
  #runner = $state.raw<PinRunner | null>(null);
  #createRunner: () => PinRunner;
  #address: PinAddress;

  /** A's summary: the one given at pin time, else the pin runner's complete result for A. */
  summary: Summary | null = $derived.by(() => {
    if (!this.pinned) return null;
    if (this.#given) return this.#given;
    const result = this.#runner?.result;
    return result && result.complete && result.scenario === this.pinned ? result.summary : null;
  });
  /** Progress of A's recomputation, or null when nothing is being computed. */
  computing: { done: number; total: number } | null = $derived(
    this.pinned && !this.summary && this.#runner && this.#runner.status !== 'error' && this.#runner.status !== 'cancelled'
      ? this.#runner.progress
      : null,
  );
  /** What computing A would cost while it waits for the reader to accept it (see SimulationRunner.confirm), else null. */
  estimate: RunEstimate | null = $derived(
    this.pinned !== null && !this.summary && this.#runner?.status === 'confirm' ? this.#runner.estimate : null,
  );
  /** True while A's recomputation waits for the reader to accept its cost. */
  needsConfirm: boolean = $derived(this.estimate !== null);
  /** True when the reader stopped A's recomputation. */
  cancelled: boolean = $derived(this.pinned !== null && !this.summary && this.#runner?.status === 'cancelled');
  /** Why A could not be computed, if it failed. */
  error: string | null = $derived(this.pinned && !this.summary ? (this.#runner?.error ?? null) : null);

  constructor(createRunner: () => PinRunner, address: PinAddress = browserAddress) {
    this.#createRunner = createRunner;
    this.#address = address;
  }

  /** Restores A from the address's `a=` parameter (on page load). */
  restore(): void {
    const link = readPinLink(this.#address.search());
    this.message = link.message;
    if (link.pinned) this.#set(link.pinned, null);
  }

  /** Pins `scenario` as A; `summary` is its complete summary when known (else it is recomputed). */
  pin(scenario: Scenario, summary: Summary | null): void {
    this.#set(scenario, summary);
    this.#address.replace(searchWithPin(this.#address.search(), scenario));
  }

  /** Leaves compare mode and stops A's runner. */
  unpin(): void {
    this.pinned = null;
    this.#given = null;
    this.#stopRunner();
    this.#address.replace(searchWithPin(this.#address.search(), null));
  }

  /** Accepts the cost of recomputing a large A. */
  confirm(): void {
    this.#runner?.confirm();
  }

  /** Stops A's recomputation; A stays pinned, with no summary, until computeAnyway() or unpin(). */
  cancel(): void {
    this.#runner?.cancel();
  }

  /** Computes A after a cancel, without asking again about its cost (the reader just asked for it). */
  computeAnyway(): void {
    const pinned = this.pinned;
    if (!pinned || this.summary) return;
    this.#stopRunner();
    this.#set(pinned, null);
    this.#runner?.confirm();
  }

  /** Runs A again on a fresh runner after a failure. */
  retry(): void {
    const pinned = this.pinned;
    if (!pinned || this.summary) return;
    this.#stopRunner();
    this.#set(pinned, null);
  }

  /** Stops A's runner (when the page goes away). */
  dispose(): void {
    this.#stopRunner();
  }

  #set(scenario: Scenario, summary: Summary | null): void {
    this.pinned = scenario;
    this.#given = summary;
    if (summary) {
      this.#stopRunner();
      return;
    }
    const runner = this.#runner ?? this.#createRunner();
    this.#runner = runner;
    runner.request(scenario, false);
  }

  #stopRunner(): void {
    this.#runner?.dispose();
    this.#runner = null;
  }
}
