import type {Site} from '../extract/sites/site.ts';

/**
 * Site adapters travel in their own small scripts, injected just before the extractor on their site only: the
 * extractor would otherwise carry all twelve (a quarter of its 15 KB gzip budget) into every page. Both run in
 * the extension's isolated world, so the page cannot see or fill this registry. Keyed by name: a script injected
 * twice registers its adapter once.
 */
type Scope = {shelfmarkSites?: Record<string, Site>};

/** Each adapter's script registers its one adapter. */
export const registerSite = (site: Site): void => {
	((globalThis as Scope).shelfmarkSites ??= {})[site.name] = site;
};

export const injectedSites = (): readonly Site[] => Object.values((globalThis as Scope).shelfmarkSites ?? {});
