import browser from 'webextension-polyfill';
import {itemLinks} from '../core/keys.ts';
import type {Item} from '../core/types.ts';
import {urlKey} from '../core/url.ts';
import {openShelfmarkDb} from '../storage/open-db.ts';
import {ItemRepository} from '../storage/repository.ts';
import {showSaved} from './badge.ts';
import {ItemService} from './items.ts';
import {bumpRevision} from './revision.ts';

let service: Promise<ItemService> | undefined;

/** The item service, opened lazily: module state is only a cache that a restarted worker rebuilds. */
export function getItemService(): Promise<ItemService> {
	service ??= openShelfmarkDb().then(db => new ItemService(new ItemRepository(db), items => {
		void bumpRevision();
		void markTabsOf(items).catch(() => {});
	}));
	service.catch(() => { service = undefined; });
	return service;
}

/** Past this many changed items (an import, a sync) asking per visible tab is cheaper than keying every item. */
const PER_TAB_ABOVE = 50;

/**
 * Updates the badge of every tab showing a changed item. Tab URLs are visible only where Shelfmark may see them
 * (the activeTab grant, a host permission, or the optional `tabs` permission), which is exactly where it may mark.
 */
async function markTabsOf(items: Item[]): Promise<void> {
	const tabs = (await browser.tabs.query({})).filter(tab => tab.id !== undefined && tab.url);
	if (items.length > PER_TAB_ABOVE) {
		for (const tab of tabs) await refreshBadge(tab.id!, tab.url!);
		return;
	}
	const byKey = new Map(items.flatMap(item => itemLinks(item).map(url => [urlKey(url), item] as const)));
	for (const tab of tabs) {
		const item = byKey.get(urlKey(tab.url!));
		if (item) await showSaved(tab.id!, !item.deletedAt);
	}
}

export async function refreshBadge(tabId: number, url: string): Promise<void> {
	const item = await (await getItemService()).find(url);
	await showSaved(tabId, Boolean(item && !item.deletedAt));
}
