import {type SaveInput, patchFromMetadata} from '../core/save.ts';
import type {Item, Kind, Status} from '../core/types.ts';
import {urlKey} from '../core/url.ts';
import type {TabInspection} from '../shared/messages.ts';

/** The fields the popup lets the user edit before saving. */
export type Draft = {title: string; kind: Kind; authors: string[]; topics: string[]; status: Status; notes: string};

/** The settings a new item starts from. */
export type Defaults = {defaultStatus: Status; defaultKind: Kind | null};

/** What the form opens with: the saved item when there is one, else what the page says about itself. */
export function initialDraft(inspection: TabInspection, fallback: {url: string; title: string}, defaults: Defaults = {defaultStatus: 'want', defaultKind: null}): Draft {
	const {existing, metadata} = inspection;
	if (existing) {
		return {title: existing.title, kind: existing.kind, authors: existing.authors, topics: existing.topics, status: existing.status, notes: existing.notes};
	}
	return {
		title: metadata?.title || fallback.title || fallback.url,
		kind: defaults.defaultKind ?? metadata?.kind ?? 'other',
		authors: metadata?.authors ?? [],
		topics: [],
		status: defaults.defaultStatus,
		notes: '',
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

/** The save request for the form: page metadata, the user's edits, and the tab URL as an alias when it differs. */
export function toSaveInput(inspection: TabInspection, fallback: {url: string; title: string}, draft: Draft): SaveInput {
	const page = inspection.metadata ? patchFromMetadata(inspection.metadata) : {url: fallback.url, title: fallback.title};
	const {existing} = inspection;
	const aliases = urlKey(fallback.url) === urlKey(page.url) ? [] : [fallback.url];
	if (existing) {
		const known = existing.aliases.map(urlKey);
		const newAliases = [page.url, ...aliases].filter(url => urlKey(url) !== urlKey(existing.url) && !known.includes(urlKey(url)));
		return {...missingFields(existing, page), ...draft, url: existing.url, id: existing.id,
			...(newAliases.length > 0 ? {aliases: [...existing.aliases, ...newAliases]} : {})};
	}
	return {...page, ...draft, ...(aliases.length > 0 ? {aliases} : {})};
}
