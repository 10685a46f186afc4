// V8 keeps the shape an object reaches by adding a property (a map transition) only while some
// object has it: a full GC between calls (an idle server, a benchmark collecting between runs)
// drops it and deoptimises every function compiled against it, so the next calls run
// unoptimised, 2-3x slower. Objects passed here stay alive, and with them their shapes.
const kept: object[] = [];

/**
 * Keep these objects, and so their shapes, alive for the life of the process.
 *
 * @example
 * keepShapes([{ a: 1 }]);
 */
export function keepShapes(objects: readonly object[]): void {
  kept.push(...objects);
}
