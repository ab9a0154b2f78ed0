/**
 * The largest (or smallest) of n numbers, kept current under single-slot updates in O(log n):
 * the project finish is the latest leaf finish, and an edit that moves three leaves must not
 * read the other 99,997 to learn whether it moved.
 */
export class Tournament {
  private readonly size: number;
  private readonly tree: Float64Array;
  private readonly neutral: number;

  constructor(n: number, private readonly isMax: boolean) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.neutral = isMax ? -Infinity : Infinity;
    this.tree = new Float64Array(2 * size).fill(this.neutral);
  }

  /** Sets every slot at once (O(n)); `value` returns null for a slot that takes no part. */
  fill(n: number, value: (i: number) => number | null): this {
    const { tree, size } = this;
    for (let i = 0; i < n; i++) tree[size + i] = value(i) ?? this.neutral;
    for (let k = size - 1; k >= 1; k--) tree[k] = this.pick(tree[2 * k] ?? 0, tree[2 * k + 1] ?? 0);
    return this;
  }

  /** Sets one slot; null takes it out. */
  set(i: number, value: number | null): void {
    const { tree } = this;
    let k = this.size + i;
    const v = value ?? this.neutral;
    if (tree[k] === v) return;
    tree[k] = v;
    for (k >>= 1; k >= 1; k >>= 1) {
      const next = this.pick(tree[2 * k] ?? 0, tree[2 * k + 1] ?? 0);
      if (tree[k] === next) return;
      tree[k] = next;
    }
  }

  /** The best value, or ±Infinity when no slot takes part. */
  best(): number {
    return this.tree[1] ?? this.neutral;
  }

  private pick(a: number, b: number): number {
    return this.isMax ? (a > b ? a : b) : (a < b ? a : b);
  }
}
