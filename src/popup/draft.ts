import {type SaveInput, patchFromMetadata} from '../core/save.ts';
import type {Item, Kind, Status} from '../core/types.ts';
import {urlKey} from '../core/url.ts';
import type {TabInspection} from '../shared/messages.ts';
import {type Details, detailsOfItem, detailsOfPage, detailsPatch} from './details.ts';

/** The fields the popup lets the user edit before saving: the main ones and the "Details" disclosure's. */
export type Draft = {title: string; kind: Kind; authors: string[]; topics: string[]; status: Status; notes: string} & Details;

/** The settings a new item starts from. */
export type Defaults = {defaultStatus: Status; defaultKind: Kind | null};

/** What the form opens with: the saved item when there is one (gaps filled from the page), else what the page says. */
export function initialDraft(inspection: TabInspection, fallback: {url: string; title: string}, defaults: Defaults = {defaultStatus: 'want', defaultKind: null}): Draft {
	const {existing, metadata} = inspection;
	const page = detailsOfPage(metadata);
	if (existing) {
		return {title: existing.title, kind: existing.kind, authors: existing.authors, topics: existing.topics, status: existing.status,
			notes: existing.notes, ...detailsOfItem(existing, page)};
	}
	return {
		title: metadata?.title || fallback.title || fallback.url,
		kind: defaults.defaultKind ?? metadata?.kind ?? 'other',
		authors: metadata?.authors ?? [],
		topics: [],
		status: defaults.defaultStatus,
		notes: '',
		...page,
	};
}

/** Fields the page gives that the saved item lacks: an update fills gaps and never overwrites the user's data. */
function missingFields(existing: Item, page: SaveInput): Partial<SaveInput> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(page)) {
		const current = (existing as Record<string, unknown>)[key];
		if (current === undefined || (Array.isArray(current) && current.length === 0)) out[key] = value;
	}
	return out;
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
	Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && !(Array.isArray(field) && field.length === 0))) as Partial<T>;

/**
 * The save request for the form: page metadata, the user's edits, and the tab URL as an alias when it differs.
 * Saving into an existing item found by ISBN on another page ("add as another link") adds this page's URLs to its aliases.
 */
export function toSaveInput(inspection: TabInspection, fallback: {url: string; title: string}, draft: Draft): SaveInput {
	const page: SaveInput & {url: string} = inspection.metadata ? patchFromMetadata(inspection.metadata) : {url: fallback.url, title: fallback.title};
	const {existing} = inspection;
	const {title, kind, authors, topics, status, notes} = draft;
	const main = {title, kind, authors, topics, status, notes};
	const details = detailsPatch(draft);
	const aliases = urlKey(fallback.url) === urlKey(page.url) ? [] : [fallback.url];
	if (existing) {
		const known = existing.aliases.map(urlKey);
		const newAliases = existing.url ? [page.url, ...aliases].filter(url => urlKey(url) !== urlKey(existing.url!) && !known.includes(urlKey(url))) : aliases;
		// Every details key is sent, undefined included: a field the user emptied is cleared on the item.
		return {...missingFields(existing, page), ...main, ...details, url: existing.url ?? page.url, id: existing.id,
			...(newAliases.length > 0 ? {aliases: [...existing.aliases, ...new Set(newAliases)]} : {})};
	}
	// The details come from the form only: a field the user emptied must not come back from the page.
	const pageRest = Object.fromEntries(Object.entries(page).filter(([key]) => !(key in details))) as SaveInput;
	return {...pageRest, ...main, ...definedOnly(details), ...(aliases.length > 0 ? {aliases} : {})};
}
