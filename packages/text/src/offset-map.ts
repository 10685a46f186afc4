/**
 * Growable Int32Array of original offsets, one per normalised UTF-16 unit plus the end:
 * 4 bytes per character, and lookups are one array read.
 *
 * @example
 * const b = new OffsetMapBuilder(8);
 * b.pushRun(0, 3); // "abc" kept as is
 * b.finish(3); // Int32Array [0, 1, 2, 3]
 */
export class OffsetMapBuilder {
  // V8 holds an instance shape only weakly while no instance is alive, so a full GC between
  // calls (an idle server, a benchmark collecting between runs) drops it and deoptimises every
  // function compiled against it: the next calls run unoptimised, 2-3x slower. A live instance
  // in a static field (a module-level const is not kept) keeps the shape and the code.
  static readonly #shapeAnchor: OffsetMapBuilder = new OffsetMapBuilder(0);
  private data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  /** Append `count` entries that all point at `original`. */
  pushSame(original: number, count: number): void {
    this.reserve(count);
    this.data.fill(original, this.length, this.length + count);
    this.length += count;
  }

  /** Append `count` entries pointing at `original`, `original + 1`, ... */
  pushRun(original: number, count: number): void {
    this.reserve(count);
    const d = this.data;
    for (let k = 0; k < count; k++) d[this.length + k] = original + k;
    this.length += count;
  }

  finish(end: number): Int32Array {
    this.reserve(1);
    this.data[this.length] = end;
    if (this.length > 0) this.data[0] = 0;
    return this.data.subarray(0, this.length + 1);
  }

  private reserve(count: number): void {
    if (this.length + count + 1 <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + count + 1) size *= 2;
    const next = new Int32Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
