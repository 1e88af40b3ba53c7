import '../shared/e2e-phone.ts'; // First: e2e phone runs remove Android's missing APIs before anything reads them
import browser from 'webextension-polyfill';
import {isExtensionPage, serve} from '../shared/rpc.ts';
import {backgroundApi} from './api.ts';
import {clearBadge} from './badge.ts';
import {registerDetectListeners} from './detect.ts';
import {serveE2eHooks} from './e2e-hooks.ts';
import {openHarvestWindow} from './harvest-window.ts';
import {MENU, createMenus} from './menus.ts';
import {openOptionsAt, registerOmnibox} from './omnibox.ts';
import {saveLink, savePage} from './quick-save.ts';
import {openSidePanel} from './side-panel.ts';
import {getItemService, refreshBadge} from './service.ts';
import {registerSyncListeners} from './sync-runtime.ts';

// Every listener is registered synchronously at top level, so a restarted worker receives the event that woke it.

serve('background', backgroundApi, isExtensionPage);
if (__E2E__) serveE2eHooks();
registerDetectListeners(logError);
registerSyncListeners();

// Firefox for Android has no context menus and no keyboard commands: each is registered only where it exists, so the
// worker starts everywhere (Settings says what this browser lacks)
if (browser.contextMenus) {
	browser.runtime.onInstalled.addListener(() => {
		void createMenus();
	});
	browser.contextMenus.onClicked.addListener((info, tab) => {
		if (info.menuItemId === MENU.savePage && tab) void savePage(tab).catch(logError);
		else if (info.menuItemId === MENU.saveLink) void saveLink(info, tab).catch(logError);
		else if (info.menuItemId === MENU.harvest && tab) void openHarvestWindow(tab).catch(logError);
		else if (info.menuItemId === MENU.sidePanel) void openSidePanel(tab).catch(logError);
	});
}

browser.commands?.onCommand.addListener((command, tab) => {
	if (command === 'open-side-panel') void openSidePanel(tab).catch(logError);
	if (command !== 'save-page') return;
	void (async () => {
		const target = tab ?? (await browser.tabs.query({active: true, currentWindow: true}))[0];
		if (target) await savePage(target);
	})().catch(logError);
});

// The address bar's `sm` keyword. Firefox for Android has no address-bar API; Firefox shows descriptions as plain
// text (only it has getBrowserInfo), Chrome as XML.
if (browser.omnibox) {
	registerOmnibox(browser.omnibox, async (text, limit) => (await getItemService()).query({text, limit}),
		openOptionsAt, !('getBrowserInfo' in browser.runtime), logError);
}

// A navigation makes the badge stale. URLs of other tabs are visible only with the optional `tabs` permission
// (or a host permission): without it the badge is only cleared.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
	if (change.status !== 'loading' && !change.url) return;
	void clearBadge(tabId).then(() => (tab.url ? refreshBadge(tabId, tab.url) : undefined)).catch(logError);
});

browser.tabs.onActivated.addListener(({tabId}) => {
	void browser.tabs.get(tabId).then(tab => (tab.url ? refreshBadge(tabId, tab.url) : undefined)).catch(logError);
});

function logError(error: unknown): void {
	console.error('[shelfmark]', error);
}
