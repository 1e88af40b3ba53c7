import type {Site} from '../extract/sites/site.ts';

/**
 * Site adapters travel in their own small scripts, injected just before the extractor on their site only: the
 * extractor would otherwise carry all eleven (a quarter of its 15 KB gzip budget) into every page. Both run in
 * the extension's isolated world, so the page cannot see or fill this registry.
 */
type Scope = {shelfmarkSites?: Site[]};

export function registerSites(...sites: Site[]): void {
	const scope = globalThis as Scope;
	const known = (scope.shelfmarkSites ??= []);
	for (const site of sites) if (!known.some(k => k.name === site.name)) known.push(site);
}

export const injectedSites = (): readonly Site[] => (globalThis as Scope).shelfmarkSites ?? [];
