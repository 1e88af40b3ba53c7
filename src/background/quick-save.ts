import browser, {type Menus, type Tabs} from 'webextension-polyfill';
import type {SaveInput} from '../core/save.ts';
import {patchFromMetadata} from '../core/metadata-patch.ts';
import type {Item} from '../core/types.ts';
import {showSaved} from './badge.ts';
import {captureTab} from './capture.ts';
import {getItemService} from './service.ts';

/** Saves without the popup: an item already in the list is only brought back from the trash, never overwritten. */
async function saveOnce(input: SaveInput): Promise<Item> {
	const service = await getItemService();
	const existing = await service.find({
		url: input.url ?? undefined, aliases: [], isbn: input.isbn ?? [], ids: input.ids ?? [],
	});
	if (!existing) return service.save(input);
	if (existing.deletedAt) await service.setDeleted([existing.id], false);
	return existing;
}

/** Context menu "Save page" and the save-page command. */
export async function savePage(tab: Tabs.Tab): Promise<void> {
	if (tab.id === undefined || !tab.url) return;
	let input: SaveInput;
	try {
		input = patchFromMetadata(await captureTab(tab.id, tab.url));
	} catch {
		input = {url: tab.url, title: tab.title || tab.url}; // Unscriptable page: save what the tab shows
	}
	await saveOnce(input);
	await showSaved(tab.id, true);
}

/** Context menu "Save link": the link's own URL and text, never the page's title. */
export async function saveLink(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
	if (!info.linkUrl) return;
	const title = info.linkText?.trim() || await readLinkText(info, tab) || info.linkUrl;
	await saveOnce({url: info.linkUrl, title});
}

/** Chrome's click data has no link text: read it from the frame the click was in (activeTab allows this). */
async function readLinkText(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<string | undefined> {
	if (tab?.id === undefined) return undefined;
	try {
		const [result] = await browser.scripting.executeScript({
			target: {tabId: tab.id, frameIds: [info.frameId ?? 0]},
			func: (href: string) => {
				const link = [...document.querySelectorAll('a[href]')]
					.find(a => (a as HTMLAnchorElement).href === href);
				return (link?.textContent || link?.getAttribute('title') || link?.getAttribute('aria-label') || '')
					.replace(/\s+/g, ' ').trim().slice(0, 300);
			},
			args: [info.linkUrl!],
		});
		return (result?.result as string | undefined) || undefined;
	} catch {
		return undefined; // Frame gone or not scriptable: the URL will do as a title
	}
}
