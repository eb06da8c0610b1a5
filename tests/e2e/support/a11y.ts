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
