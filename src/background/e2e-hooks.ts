import browser, {type Menus} from 'webextension-polyfill';
import {isExtensionPage, serve} from '../shared/rpc.ts';
import {openHarvestWindow} from './harvest-window.ts';
import {MENU} from './menus.ts';
import {saveLink, savePage} from './quick-save.ts';
import {getItemService} from './service.ts';
import {generatedDocs} from '../../tests/e2e/support/generated-works.ts';

/** When this background started: a test or bench tells a restarted background from a warm one. */
const STARTED_AT = `${Date.now()}-${Math.random()}`;
/** Generated works are written this many per transaction, as a large import would be. */
const SEED_CHUNK = 10_000;

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
		startedAt: async () => STARTED_AT,
		/**
		 * Reads the whole list and waits for the copy a cold read writes and for paged views to move, as a worker
		 * living its 30 s idle has.
		 */
		async listCopied() {
			const items = await getItemService();
			await items.all();
			await items.repository.unpackViews();
			return items.copy.settled();
		},
		/**
		 * This worker no longer moves paged views into the views store, as one stopped right after a large write: the
		 * next start finds them paged (a browser restart follows).
		 */
		async keepViewsPaged() {
			(await getItemService()).repository.unpackViews = () => Promise.resolve();
		},
		/** The namespaces of `names` this background has not got (a phone run removes Android's). */
		missingApis: async (names: string[]) => names
			.filter(name => !(browser as unknown as Record<string, unknown>)[name]),
		/**
		 * Writes generated works `offset` to `offset + count - 1` (tests/e2e/support/generated-works.ts) through the
		 * same merge a sync or backup uses: building them here spares sending 100,000 docs through messages.
		 */
		async seedWorks(count: number, offset: number, urlBase: string) {
			const items = await getItemService();
			for (let from = offset; from < offset + count; from += SEED_CHUNK) {
				await items.mergeIn(generatedDocs(Math.min(SEED_CHUNK, offset + count - from), from, urlBase));
			}
			return count;
		},
	}, isExtensionPage);
}
