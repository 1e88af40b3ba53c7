import browser, {type Tabs} from 'webextension-polyfill';
import {grantTab} from '../shared/harvest-grants.ts';

/** The popup page in harvest view, for `tabId`. */
export const HARVEST_VIEW = 'src/popup/index.html';

/**
 * Context menu "Harvest recommendations on this page": an extension cannot open its toolbar popup reliably in
 * both browsers, so the same page opens in a small window, told which tab to harvest; where there are no windows
 * (Firefox for Android) it opens as a page. Returns the window id, if a window opened.
 */
export async function openHarvestWindow(tab: Tabs.Tab): Promise<number | undefined> {
	if (tab.id === undefined) return undefined;
	const grant = await grantTab(tab.id);
	const url = browser.runtime.getURL(`${HARVEST_VIEW}?view=harvest&tab=${tab.id}&grant=${grant}`);
	if (!browser.windows?.create) {
		await browser.tabs.create({url});
		return undefined;
	}
	const window = await browser.windows.create({url, type: 'popup', width: 480, height: 720});
	return window.id;
}
