import browser from 'webextension-polyfill';

const SAVED = '✓';

/**
 * ✓ on a tab whose page is in the list. Unmarking removes only the ✓, so a book/course hint set by detection
 * survives a tab switch. Tab-specific, so other tabs are untouched.
 */
export async function showSaved(tabId: number, saved: boolean): Promise<void> {
	try {
		if (saved) {
			await browser.action.setBadgeText({tabId, text: SAVED});
			await browser.action.setBadgeBackgroundColor({tabId, color: '#0f766e'});
		} else if (await browser.action.getBadgeText({tabId}) === SAVED) {
			await browser.action.setBadgeText({tabId, text: ''});
		}
	} catch {
		// The tab closed in the meantime: nothing to mark
	}
}

/** A tab started loading another page: whatever its badge said was about the old one. */
export async function clearBadge(tabId: number): Promise<void> {
	try {
		await browser.action.setBadgeText({tabId, text: ''});
	} catch {
		// The tab closed in the meantime
	}
}
