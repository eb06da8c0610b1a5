/**
 * One text for a live DOM subtree, with the offset of every text node in it, so string offsets found by
 * pure matching map back to DOM boundary points (and back again). Claims split across inline markup
 * (links, <em>) are contiguous in this text. Script/style/hidden content and our own UI host are left out.
 */
import { BLOCK_TAGS, SKIP_TAGS } from './extract';
import { drainInSlices } from './timing';

/** The tag of ClaimLens's own UI host element; never part of the page's text. */
export const HOST_TAG = 'claimlens-root';

export interface TextMap {
  root: Node;
  /** The visible text; a block boundary between two text nodes shows as one `\n` that belongs to no node. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` of `nodes[i]`'s first character. */
  starts: number[];
}

/** A DOM boundary point. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Builds the map in one go: for small subtrees and tests. */
export function buildTextMap(root: Node): TextMap {
  const map = emptyMap(root);
  const steps = mapSteps(root, map);
  while (!steps.next().done);
  return map;
}

/** Builds the map in slices, yielding to the page between them; rejects when `signal` aborts. */
export async function buildTextMapAsync(root: Node, signal?: AbortSignal): Promise<TextMap> {
  const map = emptyMap(root);
  await drainInSlices(mapSteps(root, map), signal);
  return map;
}

/**
 * The DOM point for a text offset. `side: 'start'` snaps an offset that falls between nodes forward to the
 * next node's start; `'end'` snaps it back to the previous node's end. Null when the map is empty.
 */
export function pointAt(map: TextMap, offset: number, side: 'start' | 'end'): DomPoint | null {
  const { nodes, starts } = map;
  if (nodes.length === 0) return null;
  // Last node whose start is <= offset (or < offset for an end point, so an end never lands at a node's 0).
  let lo = 0;
  let hi = nodes.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const ok = side === 'start' ? starts[mid]! <= offset : starts[mid]! < offset;
    if (ok) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (side === 'start') {
    const node = idx >= 0 ? nodes[idx]! : undefined;
    if (node && offset < starts[idx]! + node.data.length) return { node, offset: offset - starts[idx]! };
    const next = nodes[idx + 1];
    return next ? { node: next, offset: 0 } : { node: nodes[nodes.length - 1]!, offset: nodes[nodes.length - 1]!.data.length };
  }
  if (idx < 0) return { node: nodes[0]!, offset: 0 };
  const node = nodes[idx]!;
  return { node, offset: Math.min(offset - starts[idx]!, node.data.length) };
}

/**
 * The text offset of a DOM boundary point (`container`, `offset`) as a Range states it. A point inside a
 * mapped text node maps exactly; any other point (an element boundary, hidden text) maps to the start of
 * the first mapped node after it, or to the end of the text.
 */
export function offsetOf(map: TextMap, container: Node, offset: number): number {
  const i = map.nodes.indexOf(container as Text);
  if (i >= 0) return map.starts[i]! + Math.min(offset, map.nodes[i]!.data.length);
  const doc = container.ownerDocument ?? (container as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint: -1 when the node's start is before the probe point.
    if (probe.comparePoint(map.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < map.nodes.length ? map.starts[lo]! : map.text.length;
}

function emptyMap(root: Node): TextMap {
  return { root, text: '', nodes: [], starts: [] };
}

/** Walks the subtree, appending to `map`; yields after each node so a caller can slice the work. */
function* mapSteps(root: Node, map: TextMap): Generator<void> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element) ? 2 /* REJECT subtree */ : 1 /* ACCEPT */),
  });
  let lastBlock: Node | null = null;
  let pendingBreak = false;
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).tagName.toUpperCase() === 'BR') pendingBreak = true;
    } else {
      const t = n as Text;
      const block = blockOf(t, root);
      if (length > 0 && (pendingBreak || block !== lastBlock)) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
      lastBlock = block;
      map.nodes.push(t);
      map.starts.push(length);
      parts.push(t.data);
      length += t.data.length;
    }
    yield;
  }
  map.text = parts.join('');
}

function blockOf(node: Node, root: Node): Node {
  for (let p = node.parentNode; p && p !== root; p = p.parentNode) {
    if (p.nodeType === 1 && BLOCK_TAGS.has((p as Element).tagName.toUpperCase())) return p;
  }
  return root;
}

function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || el.localName === HOST_TAG || el.hasAttribute('hidden')) return true;
  // checkVisibility() is false for display:none subtrees, but also for display:contents wrappers whose
  // children do show. visibility:hidden is not checked: a child may turn visible again, and stray hidden
  // text only adds a candidate that prefix/suffix scoring passes over. jsdom lacks it (and layout).
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) {
    return getComputedStyle(el).display !== 'contents';
  }
  return false;
}
