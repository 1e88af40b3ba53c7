import browser from 'webextension-polyfill';

/** ✓ on a tab whose page is in the list; cleared otherwise. Tab-specific, so other tabs are untouched. */
export async function showSaved(tabId: number, saved: boolean): Promise<void> {
	try {
		await browser.action.setBadgeText({tabId, text: saved ? '✓' : ''});
		if (saved) await browser.action.setBadgeBackgroundColor({tabId, color: '#0f766e'});
	} catch {
		// The tab closed in the meantime: nothing to mark
	}
}
