import browser from 'webextension-polyfill';
import {openShelfmarkDb} from '../storage/open-db.ts';
import {ItemRepository} from '../storage/repository.ts';
import {showSaved} from './badge.ts';
import {ItemService} from './items.ts';
import {bumpRevision} from './revision.ts';

let service: Promise<ItemService> | undefined;

/** The item service, opened lazily: module state is only a cache that a restarted worker rebuilds. */
export function getItemService(): Promise<ItemService> {
	service ??= openShelfmarkDb().then(db => new ItemService(new ItemRepository(db), () => {
		void bumpRevision();
		void refreshActiveBadge();
	}));
	service.catch(() => { service = undefined; });
	return service;
}

/** Marks the active tab when its page is saved. Its URL is only visible with activeTab or the `tabs` permission. */
export async function refreshActiveBadge(): Promise<void> {
	const [tab] = await browser.tabs.query({active: true, currentWindow: true});
	if (tab?.id === undefined || !tab.url) return;
	await refreshBadge(tab.id, tab.url);
}

export async function refreshBadge(tabId: number, url: string): Promise<void> {
	const item = await (await getItemService()).find(url);
	await showSaved(tabId, Boolean(item && !item.deletedAt));
}
