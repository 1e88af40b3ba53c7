import browser from 'webextension-polyfill';

/** Tells open extension pages that the list changed: they listen to storage.onChanged and refetch. */
export async function bumpRevision(): Promise<void> {
	await browser.storage.local.set({revision: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`});
}
