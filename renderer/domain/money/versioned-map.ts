/**
 * A read-only map that a later version updates in place without changing what this version
 * reads: the newest version owns the one underlying Map; before a key is overwritten, the
 * version being superseded keeps its old value. An edit that reprices five tasks then costs
 * five writes, not a copy of a 10,000-entry map, and a table handed out earlier stays as it was.
 * Versions share one key set (the roller only overwrites keys), so size and order are the Map's.
 */
export class VersionedMap<K, V> implements ReadonlyMap<K, V> {
  private next: VersionedMap<K, V> | null = null;
  private kept: Map<K, V | undefined> | null = null;

  constructor(private readonly shared: Map<K, V>) {}

  /** The next version, and a writer for it (valid until that version is itself superseded). */
  successor(): { map: VersionedMap<K, V>; set: (key: K, value: V) => void } {
    const map = new VersionedMap(this.shared);
    this.next = map;
    return {
      map,
      set: (key, value) => {
        const kept = (this.kept ??= new Map());
        if (!kept.has(key)) kept.set(key, this.shared.get(key));
        this.shared.set(key, value);
      },
    };
  }

  get(key: K): V | undefined {
    for (let t: VersionedMap<K, V> | null = this.kept?.has(key) ? this : this.next; t !== null; t = t.next) {
      if (t.kept?.has(key)) return t.kept.get(key);
    }
    return this.shared.get(key);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.shared.size;
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[K, V]> {
    const current = this.next === null && this.kept === null;
    for (const [key, value] of this.shared) yield [key, current ? value : (this.get(key) as V)];
  }

  *keys(): MapIterator<K> {
    yield* this.shared.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
