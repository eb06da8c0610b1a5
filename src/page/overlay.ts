/**
 * Our single host element in the page, `<claimlens-root>`, appended to <html>, with an open shadow root
 * holding all our UI: a layer for markers (document coordinates), the hover card and a toast. The host
 * takes no space and no pointer events; only the markers and the card accept the pointer.
 */
import { SHADOW_CSS } from './styles';
import { HOST_TAG } from './text-map';

export interface Overlay {
  host: HTMLElement;
  /** Open so end-to-end tests can reach the markers; the page sees only the host element. */
  shadow: ShadowRoot;
  /** Markers go here, positioned in document coordinates relative to {@link Overlay.origin}. */
  layer: HTMLElement;
  /** The layer's top-left in document coordinates (px), to subtract from a page position. */
  origin(): { x: number; y: number };
  /** Shows a short status message for ~2.5 s; announced politely to screen readers. */
  toast(text: string): void;
  /** Removes the host and everything in it. */
  destroy(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'pointer-events': 'none',
  'z-index': '2147483647',
  display: 'block',
};

const TOAST_MS = 2500;

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(HOST_TAG);
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  addShadowStyles(doc, shadow);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const toastEl = doc.createElement('div');
  toastEl.className = 'toast';
  toastEl.setAttribute('role', 'status');
  toastEl.setAttribute('aria-live', 'polite');
  shadow.append(layer, toastEl);
  doc.documentElement.append(host);

  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    host,
    shadow,
    layer,
    origin() {
      const r = host.getBoundingClientRect();
      const view = doc.defaultView;
      return { x: r.left + (view?.scrollX ?? 0), y: r.top + (view?.scrollY ?? 0) };
    },
    toast(text) {
      clearTimeout(toastTimer);
      toastEl.textContent = text;
      toastTimer = setTimeout(() => (toastEl.textContent = ''), TOAST_MS);
    },
    destroy() {
      clearTimeout(toastTimer);
      host.remove();
    },
  };
}

/** A constructed sheet where the browser allows it; else a <style> inside OUR shadow root (never the page). */
function addShadowStyles(doc: Document, shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHADOW_CSS);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Some content-script worlds cannot adopt sheets across compartments; the fallback is equivalent.
  }
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  shadow.append(style);
}
