/**
 * Which painted claim is under the pointer. The caret position at the point says which text is there;
 * the range's own boxes then confirm the pointer is really on that text, not in the margin beside a line
 * (where browsers still report the nearest caret).
 */

/** The caret (text node and offset) nearest to viewport point (x, y), or null. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  // Chromium before 128 and older WebKit only have the non-standard form.
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The box of `range` that contains (x, y), or null. */
function boxAt(range: Range, x: number, y: number): DOMRect | null {
  for (const box of Array.from(range.getClientRects())) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return box;
  }
  return null;
}

/** Index of the claim range under viewport point (x, y) and the line box hit, or null. */
export function claimAtPoint(doc: Document, x: number, y: number, ranges: readonly Range[]): { index: number; box: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (!inRange(r, caret.node, caret.offset)) continue;
    const box = boxAt(r, x, y);
    if (box) return { index: i, box };
  }
  return null;
}

function inRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    // A caret in another tree (our shadow root, a detached node) is not in any claim.
    return false;
  }
}
