import browser from 'webextension-polyfill';

/**
 * The options page, opened on what its hash names: `#sync` (the Sync view), `#item=ID` (that work's editor) or
 * `#search=TEXT` (the list searched for that text).
 */
export function optionsUrl(hash: `#${string}`): string {
	return browser.runtime.getURL(`${browser.runtime.getManifest().options_ui!.page}${hash}`);
}

export const itemHash = (id: string): `#${string}` => `#item=${encodeURIComponent(id)}`;
export const searchHash = (text: string): `#${string}` => `#search=${encodeURIComponent(text)}`;

/** The work the options page should open on, from its `#item=ID` hash. */
export function itemFromHash(hash: string): string | undefined {
	return hashValue('item', hash);
}

/** The search the options page should open with, from its `#search=TEXT` hash. */
export function searchFromHash(hash: string): string | undefined {
	return hashValue('search', hash);
}

function hashValue(name: string, hash: string): string | undefined {
	if (!hash.startsWith(`#${name}=`)) return undefined;
	const value = hash.slice(name.length + 2);
	if (!value || value.includes('&')) return undefined;
	try {
		return decodeURIComponent(value);
	} catch {
		return undefined; // A hand-typed hash with a stray `%`: the page opens on the list
	}
}
