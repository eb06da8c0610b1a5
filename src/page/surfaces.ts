/**
 * Where a session's UI goes. Toasts belong to the tab's top document; highlights, markers and the card go
 * into the document that holds the article, which is the top one or a same-origin iframe's. Each document
 * gets our one overlay host, created only once there is something to show, and removed by `destroy()`.
 */
import type { PaintItem } from './card-events';
import { createOverlay, type Overlay } from './overlay';
import { createPainter, type Painter } from './paint';

export interface Surfaces {
  /** Replaces what is painted with `items`, in `doc`; paints nothing (and adds nothing) for none. */
  paint(doc: Document, items: readonly PaintItem[]): void;
  /** Paints `items` in addition to what is painted in `doc`. */
  add(doc: Document, items: readonly PaintItem[]): void;
  /** Focuses claim `index`'s marker; false when it has none. */
  focusMarker(index: number): boolean;
  toast(text: string): void;
  destroy(): void;
}

export function createSurfaces(top: Document): Surfaces {
  let topOverlay: Overlay | undefined;
  let painter: { doc: Document; painter: Painter; overlay: Overlay } | undefined;
  const overlayFor = (doc: Document) => (doc === top ? (topOverlay ??= createOverlay(top)) : createOverlay(doc));
  const dropPainter = () => {
    if (!painter) return;
    painter.painter.destroy();
    if (painter.overlay !== topOverlay) painter.overlay.destroy();
    painter = undefined;
  };
  // The article moved to another document (a navigation swapped frames): start over there.
  const painterFor = (doc: Document): Painter => {
    if (painter?.doc !== doc) {
      dropPainter();
      const overlay = overlayFor(doc);
      painter = { doc, overlay, painter: createPainter(doc, overlay) };
    }
    return painter.painter;
  };

  return {
    paint(doc, items) {
      if (painter && painter.doc !== doc) dropPainter();
      if (items.length || painter) painterFor(doc).paint(items);
    },
    add(doc, items) {
      if (items.length) painterFor(doc).add(items);
    },
    focusMarker: (index) => painter?.painter.focusMarker(index) ?? false,
    toast: (text) => (topOverlay ??= createOverlay(top)).toast(text),
    destroy() {
      dropPainter();
      topOverlay?.destroy();
      topOverlay = undefined;
    },
  };
}
