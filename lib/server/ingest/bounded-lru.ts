import "server-only";

/**
 * A least-recently-used map bounded by entries and by an estimate of the bytes its values hold,
 * so a cache of parsed plans cannot grow the server past its memory budget however many
 * snapshots exist. `sizeOf` estimates one entry's bytes (key included); a value larger than
 * the whole budget is not kept.
 */
export class BoundedLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(
    private readonly limits: { maxEntries: number; maxBytes: number; sizeOf: (key: string, value: V) => number },
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.total -= old.bytes;
    }
    const bytes = this.limits.sizeOf(key, value);
    if (bytes > this.limits.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.total <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The estimated bytes held, for tests and the benchmark. */
  get bytes(): number {
    return this.total;
  }
}
