/**
 * Stored sentences by key. Keys are small integers handed out in turn (see `ClaimIndex`), so an array
 * indexed by key finds one with a single read where a Map hashes: retrieval reads dozens per claim.
 */
export class EntrySlots<T extends object> {
  private slots: Array<T | undefined> = [];
  private count = 0;

  /** Number of keys holding a value. */
  get size(): number {
    return this.count;
  }

  get(key: number): T | undefined {
    return this.slots[key];
  }

  set(key: number, value: T): void {
    while (this.slots.length < key) this.slots.push(undefined);
    if (this.slots[key] === undefined) this.count++;
    this.slots[key] = value;
  }

  /** Frees `key`; false when it held nothing. */
  delete(key: number): boolean {
    if (this.slots[key] === undefined) return false;
    this.slots[key] = undefined;
    this.count--;
    return true;
  }
}
