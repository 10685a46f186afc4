/**
 * Disjoint sets over numeric keys (path halving, union by size): joins accepted pairs into
 * clusters in near-linear time.
 * @example const s = new UnionFind(); s.union(1, 2); s.groups() // [[1, 2]]
 */
export class UnionFind {
  readonly #parent = new Map<number, number>();
  readonly #size = new Map<number, number>();

  /** The representative of `key`'s set (adding `key` alone when new). */
  find(key: number): number {
    if (!this.#parent.has(key)) {
      this.#parent.set(key, key);
      this.#size.set(key, 1);
      return key;
    }
    let node = key;
    for (;;) {
      const parent = this.#parent.get(node)!;
      if (parent === node) return node;
      const grand = this.#parent.get(parent)!;
      this.#parent.set(node, grand);
      node = grand;
    }
  }

  /** Joins the sets of `a` and `b`. */
  union(a: number, b: number): void {
    let x = this.find(a);
    let y = this.find(b);
    if (x === y) return;
    if (this.#size.get(x)! < this.#size.get(y)!) [x, y] = [y, x];
    this.#parent.set(y, x);
    this.#size.set(x, this.#size.get(x)! + this.#size.get(y)!);
  }

  /** Every set, each sorted ascending, sets ordered by their smallest key. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (const key of [...this.#parent.keys()].sort((p, q) => p - q)) {
      const root = this.find(key);
      const group = byRoot.get(root);
      if (group === undefined) byRoot.set(root, [key]);
      else group.push(key);
    }
    return [...byRoot.values()];
  }
}
