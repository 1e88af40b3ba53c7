import browser, {type Omnibox} from 'webextension-polyfill';
import type {Item} from '../core/types.ts';
import {itemFromHash, itemHash, optionsUrl, searchHash} from '../ui/options-url.ts';

/** Works listed under the address bar: Chrome shows at most about this many rows for an extension. */
export const OMNIBOX_LIMIT = 6;

/** The list searched for `text`, live works only, at most `limit` of them (ItemService.query). */
export type SearchWorks = (text: string, limit: number) => Promise<{items: Item[]; total: number}>;

/** Opens a page of the extension (an options page hash) as the browser asks: this tab, or a new one. */
export type OpenPage = (hash: `#${string}`, disposition: Omnibox.OnInputEnteredDisposition) => Promise<void>;

/** Chrome reads a suggestion's description as XML (`<match>`, `<dim>`); the five entities must be escaped. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, char => `&${({'&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos'})[char]};`);
}

/**
 * One row under the address bar. Its content, which the browser hands back on Enter, is the editor's own hash:
 * nobody types `#item=`, so a chosen row is told apart from typed text. Firefox shows descriptions as plain text.
 */
export function suggestion(item: Item, markup: boolean): Omnibox.SuggestResult {
	const authors = item.authors.join(', ');
	const description = markup
		? `<match>${escapeXml(item.title)}</match>${authors ? ` <dim>${escapeXml(authors)}</dim>` : ''}`
		: `${item.title}${authors ? ` (${authors})` : ''}`;
	return {content: itemHash(item.id), description};
}

export async function suggestions(
	text: string, search: SearchWorks, markup: boolean,
): Promise<Omnibox.SuggestResult[]> {
	if (!text.trim()) return [];
	const {items} = await search(text.trim(), OMNIBOX_LIMIT);
	return items.map(item => suggestion(item, markup));
}

/**
 * Where Enter goes: a chosen row opens its work in the editor; typed text opens the work when exactly one matches,
 * and otherwise the list searched for it (with no match, the empty list says so).
 */
export async function destination(text: string, search: SearchWorks): Promise<`#${string}`> {
	const id = itemFromHash(text);
	if (id) return itemHash(id);
	const query = text.trim();
	if (!query) return '#';
	const {items, total} = await search(query, 2);
	return total === 1 && items[0] ? itemHash(items[0].id) : searchHash(query);
}

/** The address bar's `sm` keyword: suggestions while typing, the editor or the searched list on Enter. */
export function registerOmnibox(omnibox: Omnibox.Static, search: SearchWorks, open: OpenPage, markup: boolean,
	onError: (error: unknown) => void): void {
	omnibox.onInputChanged.addListener((text, suggest) => {
		void suggestions(text, search, markup).then(suggest).catch(onError);
	});
	omnibox.onInputEntered.addListener((text, disposition) => {
		void destination(text, search).then(hash => open(hash, disposition)).catch(onError);
	});
}

/** The options page at `hash`, where the address bar's disposition says: this tab, or a new one in front or behind. */
export async function openOptionsAt(hash: `#${string}`, disposition: Omnibox.OnInputEnteredDisposition): Promise<void> {
	const url = optionsUrl(hash);
	if (disposition === 'currentTab') await browser.tabs.update({url});
	else await browser.tabs.create({url, active: disposition === 'newForegroundTab'});
}
