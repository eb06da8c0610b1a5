/**
 * How ClaimLens starts Debian's Chromium with the built extension, for the end-to-end tests and the demo alike.
 * `--disable-extensions-except` is required: without it Playwright's default `--disable-extensions` wins. The
 * networking flags keep Chromium from calling home on machines whose network is closed.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Options for `chromium.launchPersistentContext` that load only the extension built in `extensionDir`. */
export function extensionLaunchOptions(extensionDir: string, headless: boolean) {
  return {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: headless ? { width: 1100, height: 800 } : null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(headless ? ['--disable-gpu'] : []),
    ],
  } satisfies LaunchOptions & { viewport: { width: number; height: number } | null };
}
