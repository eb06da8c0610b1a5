// PLACEHOLDER until the engine lands: keeps sources in a map.
import type { SourceDoc } from './types';

export class ClaimIndex {
  private docs = new Map<string, SourceDoc>();
  constructor(sources: Iterable<SourceDoc> = []) {
    for (const s of sources) this.add(s);
  }
  add(doc: SourceDoc): void {
    this.docs.set(doc.id, doc);
  }
  remove(id: string): boolean {
    return this.docs.delete(id);
  }
  has(id: string): boolean {
    return this.docs.has(id);
  }
  get size(): number {
    return this.docs.size;
  }
}
