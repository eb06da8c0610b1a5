/**
 * Accessibility checks read from Chromium's own accessibility tree (CDP `Accessibility.getFullAXTree`), the
 * names a screen reader would announce, shadow roots included.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Roles a reader operates; each must have a name. */
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'textbox', 'switch', 'combobox', 'searchbox', 'menuitem', 'tab']);

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

/** Every control on `page` as `role "name"`, in tree order; a control without a name shows as `role ""`. */
export async function controlNames(context: BrowserContext, page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? ''))
      .map((n) => ({ role: n.role?.value ?? '', name: (n.name?.value ?? '').trim() }));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` as computed styles give it → [r, g, b]. */
export function parseRgb(css: string): [number, number, number] {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two computed colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(parseRgb(a)), luminance(parseRgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
