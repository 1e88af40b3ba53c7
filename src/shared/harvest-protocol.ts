import type {HarvestItem, Item, PageMetadata} from '../core/types.ts';
import type {ErrorCode} from '../core/errors.ts';

/**
 * Types of the harvest part of the BackgroundApi (messages.ts): the works a page recommends, annotated
 * for the popup, and the one-transaction save of the ones the user picked.
 */

/**
 * A harvested work; `provider` (course platform / store) rides along until HarvestItem grows the field, `ids`
 * (`scheme:value`, malformed ones are dropped) until it grows that one, and "Fetch details" may add what the
 * work's own page says.
 */
export type HarvestWork = HarvestItem & {provider?: string; ids?: string[]}
	& Partial<Pick<PageMetadata, 'description' | 'image' | 'language'>>;

/** The page that recommends: becomes each saved item's `recommendedBy` entry. */
export type Recommender = {url: string; title: string};

/** One work of the page, as the popup shows it. */
export type HarvestEntry = {
	/** What the page says about the work. */
	work: HarvestWork;
	/**
	 * The work's own link, normalised; absent for a work the page names without one (it is saved with no url:
	 * the UI makes "Find it" searches at display time, DESIGN §3).
	 */
	url?: string;
	/**
	 * The item already in the list for this work, merged on save: one sharing a key (link, ISBN, id), or for a work
	 * with no key, one this same page recommended under the same title (an earlier harvest of the page).
	 */
	existing: Item | null;
	/**
	 * For a work with no key and no `existing`: a live item with the same title and first author's family name.
	 * Possibly the same work, so merged only if the user leaves "same work" ticked (HarvestPick.into).
	 */
	possible?: Item;
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

/** A work to save, as the user left it. */
export type HarvestPick = HarvestWork & {
	/** The list item the user confirmed this work is (a "possibly in your list" match they left ticked). */
	into?: string;
};

/** The works to save from one page, with the topics to add to each. */
export type SaveHarvestInput = {
	page: Recommender;
	topics: string[];
	/** Each work as the user left it (title and kind may be edited). */
	works: HarvestPick[];
};

/** What one `saveHarvest` wrote. */
export type SaveHarvestResult = {
	created: number;
	merged: number;
	/** The items the works went into, as saved (one per item). */
	items: Item[];
	/** For each input work, in order, the id of the item it went into; null for a work skipped (no title). */
	itemIds: (string | null)[];
};

/** `fetchDetails` answer: the linked page's metadata. */
export type FetchedDetails = PageMetadata;

/** The host permission for a page: scheme and host only (Firefox match patterns take no port; Chrome ignores it). */
export function originPattern(url: URL): string {
	return `${url.protocol}//${url.hostname}/*`;
}
