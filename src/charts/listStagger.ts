/** Runs a callback in a frame of its own and returns a function that withdraws it (requestFrameTurn in the app). */
export type FrameTurn = (callback: () => void) => () => void;

/**
 * Brings a shown list of chart inputs up to the newest one, either at once or spread over frames:
 * the first item at once and each other one in a frame turn of its own, taking the newest value
 * when its turn comes. An item not yet redrawn keeps its object (its chart does no work).
 */
export class ListStagger<T> {
  #shown: readonly T[];
  #publish: (list: readonly T[]) => void;
  #newest: () => readonly T[];
  #turn: FrameTurn;
  /** Items waiting for their frame, by index, with the function that withdraws the wait. */
  #waiting = new Map<number, () => void>();

  /** `publish` receives each list to show; `newest` gives the newest list when an item's turn comes. */
  constructor(initial: readonly T[], publish: (list: readonly T[]) => void, newest: () => readonly T[], turn: FrameTurn) {
    this.#shown = initial;
    this.#publish = publish;
    this.#newest = newest;
    this.#turn = turn;
  }

  /** The list shown now. */
  get shown(): readonly T[] {
    return this.#shown;
  }

  /** Takes a new list: spread over frames when `spread`, else (or when its length changed) at once. */
  update(next: readonly T[], spread: boolean): void {
    if (next === this.#shown) return;
    if (!spread || next.length !== this.#shown.length) {
      this.dispose();
      this.#set(next);
      return;
    }
    this.#show(0, next[0]!);
    for (let i = 1; i < next.length; i++) {
      if (this.#waiting.has(i)) continue;
      this.#waiting.set(
        i,
        this.#turn(() => {
          this.#waiting.delete(i);
          const newest = this.#newest();
          if (i < newest.length && newest.length === this.#shown.length) this.#show(i, newest[i]!);
        }),
      );
    }
  }

  /** Withdraws every waiting turn. */
  dispose(): void {
    for (const withdraw of this.#waiting.values()) withdraw();
    this.#waiting.clear();
  }

  #show(index: number, item: T): void {
    if (this.#shown[index] === item) return;
    this.#set(this.#shown.map((old, i) => (i === index ? item : old)));
  }

  #set(list: readonly T[]): void {
    this.#shown = list;
    this.#publish(list);
  }
}
