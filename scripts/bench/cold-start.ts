/**
 * The background's cold start, measured in Node: a woken worker reads the index snapshot from IndexedDB
 * (a structured clone; v8's serializer is the same algorithm) and restores the index from it, instead of
 * extracting every source's facts again. Also checks the restored index analyses exactly as the built one.
 */
import { deserialize, serialize } from 'node:v8';
import type { ClaimIndex } from '../../src/engine';
import type { DocContext } from '../../src/engine/types';
import { medianMs, timed } from './measure';
import type { Engine } from './shipped-engine';

export function coldStart({ ClaimIndex, analyze }: Engine, index: ClaimIndex, article: string, ctx: DocContext): void {
  const snap = timed(() => index.toSnapshot());
  const bytes = timed(() => serialize(snap.value));
  let restored: ClaimIndex | null = null;
  const read = medianMs(() => deserialize(bytes.value), 5);
  const restore = medianMs(() => (restored = ClaimIndex.fromSnapshot(deserialize(bytes.value))), 5);
  // The first analysis after a wake also parses the facts its candidates need.
  const first = timed(() => analyze(article, restored as unknown as ClaimIndex, ctx));
  const warm = medianMs(() => analyze(article, restored as unknown as ClaimIndex, ctx), 3);
  const same = JSON.stringify(first.value) === JSON.stringify(analyze(article, index, ctx));
  console.log(
    `  cold start at ${index.size.toLocaleString('en-US')} sources: snapshot ${(bytes.value.length / 1048576).toFixed(1)} MB ` +
      `(toSnapshot ${snap.ms.toFixed(0)} ms + clone ${bytes.ms.toFixed(0)} ms, written after a change) · ` +
      `wake: read ${read.toFixed(0)} ms + restore ${(restore - read).toFixed(0)} ms = ${restore.toFixed(0)} ms · ` +
      `first analysis after it ${first.ms.toFixed(0)} ms (facts parsed on first use), then ${warm.toFixed(0)} ms · same analysis as the built index: ${same ? 'yes' : 'NO'}`,
  );
}
