import type {HarvestItem, Item, PageMetadata} from '../core/types.ts';
import type {ErrorCode} from '../core/errors.ts';

/**
 * Types of the harvest part of the BackgroundApi (messages.ts): the works a page recommends, annotated
 * for the popup, and the one-transaction save of the ones the user picked.
 */

/**
 * A harvested work; `provider` (course platform / store) rides along until HarvestItem grows the field, and
 * "Fetch details" may add what the work's own page says.
 */
export type HarvestWork = HarvestItem & {provider?: string} & Partial<Pick<PageMetadata, 'description' | 'image' | 'language'>>;

/** The page that recommends: becomes each saved item's `recommendedBy` entry. */
export type Recommender = {url: string; title: string};

/** One work of the page, as the popup shows it. */
export type HarvestEntry = {
	/** What the page says about the work. */
	work: HarvestWork;
	/** The address it is saved under: its link, else an ISBN or search page (items need an http(s) URL). */
	url: string;
	/** The item already in the list for this work (by URL, alias, ISBN or exact title), if any. */
	existing: Item | null;
};

/** What `harvestTab` found on a page. */
export type HarvestView = {
	tabId: number;
	page: Recommender;
	entries: HarvestEntry[];
	/** Topics to offer: the user's topics the page is about first, then the page's own keywords. */
	suggestedTopics: string[];
	/** Why `entries` is empty when the page could not be read. */
	blocked?: ErrorCode;
};

/** The works to save from one page, with the topics to add to each. */
export type SaveHarvestInput = {
	page: Recommender;
	topics: string[];
	/** Each work as the user left it (title and kind may be edited). */
	works: HarvestWork[];
};

/** What one `saveHarvest` wrote. */
export type SaveHarvestResult = {created: number; merged: number; items: Item[]};

/** `fetchDetails` answer: the linked page's metadata. */
export type FetchedDetails = PageMetadata;

/** The host permission for a page: scheme and host only (Firefox match patterns take no port; Chrome ignores it). */
export function originPattern(url: URL): string {
	return `${url.protocol}//${url.hostname}/*`;
}
