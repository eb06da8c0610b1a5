/**
 * Which "site" a page belongs to, for turning ClaimLens off per site. A site is a hostname without `www.`;
 * turning a site off covers its subdomains too (off on `example.com` is off on `news.example.com`). Pure.
 */
import { httpUrl } from '../sources/http-url';
import type { Settings } from './schema';
import { MAX_DISABLED_SITES, Site } from './schema';

/** The site of an http(s) page URL (`https://www.Example.com:8080/a` → `example.com`); null for any other URL. */
export function siteOf(url: string | undefined): string | null {
  const parsed = url ? httpUrl(url) : null;
  return parsed ? normaliseHost(parsed.hostname) : null;
}

/**
 * What a reader typed as a site (`Example.com`, `www.example.com`, `https://example.com/news`) as a site, or
 * null when it isn't one.
 */
export function parseSiteInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  return siteOf(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
}

function normaliseHost(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return Site.safeParse(host).success ? host : null;
}

/** The entries of `disabledSites` that cover `site` (itself or a parent domain). */
export function sitesCovering(disabledSites: readonly string[], site: string): string[] {
  return disabledSites.filter((d) => site === d || site.endsWith(`.${d}`));
}

/** True when ClaimLens is off on the page at `url`. */
export function isSiteOff(settings: Pick<Settings, 'disabledSites'>, url: string | undefined): boolean {
  const site = siteOf(url);
  return !!site && sitesCovering(settings.disabledSites, site).length > 0;
}

/** `settings` with `site` turned off (unchanged if a covering entry exists; oldest entries drop past the bound). */
export function withSiteOff<S extends Pick<Settings, 'disabledSites'>>(settings: S, site: string): S {
  if (sitesCovering(settings.disabledSites, site).length) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, site].sort().slice(-MAX_DISABLED_SITES) };
}

/** `settings` with ClaimLens back on for `site`: every entry covering it goes (a parent domain included). */
export function withSiteOn<S extends Pick<Settings, 'disabledSites'>>(settings: S, site: string): S {
  const covering = new Set(sitesCovering(settings.disabledSites, site));
  return { ...settings, disabledSites: settings.disabledSites.filter((d) => !covering.has(d)) };
}
