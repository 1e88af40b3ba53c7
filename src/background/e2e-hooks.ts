import browser, {type Menus} from 'webextension-polyfill';
import {isExtensionPage, serve} from '../shared/rpc.ts';
import {openHarvestWindow} from './harvest-window.ts';
import {MENU} from './menus.ts';
import {saveLink, savePage} from './quick-save.ts';

/**
 * e2e builds only (`__E2E__`): headless browsers cannot click a context menu or press a command's keys, so tests
 * call the same handlers those events run, with the click data the browser would pass. Release builds drop this.
 */
export function serveE2eHooks(): void {
	serve('e2e', {
		async clickMenu(menuItemId: string, tabId: number, info: Partial<Menus.OnClickData>) {
			const tab = await browser.tabs.get(tabId);
			const data = {menuItemId, editable: false, modifiers: [], ...info} as Menus.OnClickData;
			if (menuItemId === MENU.savePage) await savePage(tab);
			else if (menuItemId === MENU.saveLink) await saveLink(data, tab);
		},
		/** The harvest menu's handler; returns the id of the window it opened. */
		async clickHarvestMenu(tabId: number) {
			return openHarvestWindow(await browser.tabs.get(tabId));
		},
		async badgeText(tabId: number) {
			return browser.action.getBadgeText({tabId});
		},
	}, isExtensionPage);
}
