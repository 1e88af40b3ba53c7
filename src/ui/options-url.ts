import browser from 'webextension-polyfill';

/** The options page, opened on what its hash names: `#sync` (the Sync view) or `#item=ID` (that work's editor). */
export function optionsUrl(hash: `#${string}`): string {
	return browser.runtime.getURL(`${browser.runtime.getManifest().options_ui!.page}${hash}`);
}

/** The work the options page should open on, from its `#item=ID` hash. */
export function itemFromHash(hash: string): string | undefined {
	const match = /^#item=([^&]+)$/.exec(hash);
	return match ? decodeURIComponent(match[1]!) : undefined;
}
