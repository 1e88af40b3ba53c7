import type {Stamp} from '../core/hlc.ts';
import {type ItemDoc, type ItemPatch, addToSet, applyPatch, materialize, setDeleted} from '../core/item-doc.ts';
import {type SaveInput, cleanPatch, saveDoc} from '../core/save.ts';
import {normalizeTopic} from '../core/topics.ts';
import {
	CONTRIBUTOR_ROLES, type Contributor, type ContributorRole, type Item, type Recommendation,
} from '../core/types.ts';
import {titleKey, weakKey} from '../core/duplicates.ts';
import {parseId} from '../core/ids.ts';
import {toIsbn13} from '../core/isbn.ts';
import {type Identified, itemIdForKey, itemKeys, itemLinks, newItemId} from '../core/keys.ts';
import {httpUrl, normalizeUrl, urlKey} from '../core/url.ts';
import type {HarvestWork, Recommender} from '../shared/harvest-protocol.ts';

/**
 * Pure rules of a harvest save (no browser, no IndexedDB): what identifies a work, which item it already is, the
 * topics to offer, and how a work becomes a new item or grows the item already saved for it.
 */

const CONTEXT_MAX = 300;
const MAX_SUGGESTIONS = 8;

/**
 * A work's own link, normalised; undefined for a work the page names without one. Such a work is saved with no
 * url: a search for it is no address of the work (DESIGN §3), so "Find it" links are made at display time.
 */
export function workLink(work: HarvestWork): string | undefined {
	const link = httpUrl(work.url);
	return link ? normalizeUrl(link.href) : undefined;
}

/** What identifies a harvested work: its link, its valid ISBNs (as ISBN-13) and its well-formed other ids. */
export function workIdentity(work: HarvestWork): Identified {
	const isbn = [...new Set((work.isbn ?? []).flatMap(value => toIsbn13(value) ?? []))];
	const ids = [...new Set((work.ids ?? []).flatMap(value => parseId(value) ?? []))];
	return {url: workLink(work), aliases: [], isbn, ids};
}

/** How a harvested work meets the list (see matchWork). */
export type WorkMatch = {existing: Item | null; possible?: Item};

/** The list by normalised title, absorbed items left out: what works without a key are matched against. */
export type TitleIndex = Map<string, Item[]>;

/** The service hands out the same list array until a write: each list is indexed once, not on every popup. */
const titleIndexes = new WeakMap<readonly Item[], TitleIndex>();

export function titleIndex(items: readonly Item[]): TitleIndex {
	const cached = titleIndexes.get(items);
	if (cached) return cached;
	const index: TitleIndex = new Map();
	titleIndexes.set(items, index);
	for (const item of items) {
		if (item.mergedInto) continue;
		const key = titleKey(item.title);
		if (key) (index.get(key) ?? index.set(key, []).get(key)!).push(item);
	}
	return index;
}

const byLiveThenId = (a: Item, b: Item) => Number(Boolean(a.deletedAt)) - Number(Boolean(b.deletedAt))
	|| (a.id < b.id ? -1 : 1);

/**
 * "Already saved?" for a harvested work (DESIGN §3):
 * - a work with a key (link, ISBN, id) is the item sharing one: `keyed`, which the caller finds by key;
 * - a work with no key is the item this same page already recommends under the same normalised title. Its first
 *   save gave it a random id that nothing else can find again, and a page naming a title twice names one work, so
 *   this is how a second harvest of the page finds what the first saved;
 * - else a live item with the same title and first author's family name (the weak key) is only `possible`.
 * Trashed items match the first two rules (saving brings them back), never the weak one.
 */
export function matchWork(work: HarvestWork, page: Recommender, keyed: Item | null, index: TitleIndex): WorkMatch {
	if (keyed) return {existing: keyed};
	const identity = workIdentity(work);
	if (itemKeys(identity).length > 0) return {existing: null};
	const sameTitle = index.get(titleKey(work.title)) ?? [];
	const post = normalizeUrl(page.url);
	const fromPost = sameTitle.filter(item => item.recommendedBy.some(r => r.url === post)).sort(byLiveThenId);
	if (fromPost[0]) return {existing: fromPost[0]};
	const weak = weakKey({title: work.title, authors: work.authors ?? []});
	const possible = sameTitle.filter(item => !item.deletedAt && weakKey(item) === weak).sort(byLiveThenId)[0];
	return possible ? {existing: null, possible} : {existing: null};
}

/**
 * The item each work of one save goes into: the item it matched (or the user confirmed), else a new id from its
 * first key, else one from the page and the title. Works of the one page that are one work go into one item: they
 * share a key, or (for a work with no key) the same title, the rule matchWork applies to the list. A work with no
 * key harvested from the same page in two browsers thus gets the same id in both, and syncs as one item.
 */
export function assignIds(
	entries: {work: HarvestWork; existing: Item | null}[], page: Recommender,
): {id: string; existed: boolean}[] {
	const seen = new Map<string, string>();
	const post = normalizeUrl(page.url);
	return entries.map(({work, existing}) => {
		const identity = workIdentity(work);
		const keys = itemKeys(identity);
		const title = `title:${titleKey(work.title)}`;
		const lookup = keys.length > 0 ? keys : [title];
		const fresh = () => (keys.length > 0 ? newItemId(identity) : itemIdForKey(`${post}#${title}`));
		const id = existing?.id ?? lookup.map(key => seen.get(key)).find(Boolean) ?? fresh();
		for (const key of [...keys, title]) if (!seen.has(key)) seen.set(key, id);
		return {id, existed: Boolean(existing)};
	});
}

/** A keyword as a topic tag: Latin phrases become kebab-case ("cloud native" -> "cloud-native"). */
function asTopic(keyword: string): string {
	const topic = normalizeTopic(keyword);
	return /^[\p{Script=Latin}\d .]+$/u.test(topic) ? topic.replace(/[ .]+/g, '-').replace(/^-|-$/g, '') : topic;
}

/**
 * Topics to offer for a page: the user's own topics that the page's keywords or title name (their spelling),
 * then topics the harvested works already carry, then the page's remaining keywords as new tags.
 */
export function suggestTopics(
	page: {title: string; keywords?: string[]}, known: string[], onSaved: string[] = [],
): string[] {
	const keywords = (page.keywords ?? []).map(asTopic).filter(topic => topic.length > 1 && topic.length <= 40);
	const loose = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
	const haystack = loose(`${page.title} ${keywords.join(' ')}`);
	const byLoose = new Map(known.map(topic => [loose(topic), topic]));
	const out = new Set<string>();
	for (const topic of known) if (loose(topic).length > 1 && haystack.includes(loose(topic))) out.add(topic);
	for (const topic of onSaved) out.add(topic);
	for (const keyword of keywords) out.add(byLoose.get(loose(keyword)) ?? keyword);
	return [...out].slice(0, MAX_SUGGESTIONS);
}

/** The provenance entry a work of `page` carries. */
export function recommendation(page: Recommender, work: HarvestWork): Recommendation {
	const context = work.context?.replace(/\s+/g, ' ').trim().slice(0, CONTEXT_MAX);
	return {
		url: normalizeUrl(page.url), ...(page.title ? {title: page.title.slice(0, 500)} : {}),
		...(context ? {context} : {}),
	};
}

function contributors(work: HarvestWork): Contributor[] {
	return (work.contributors ?? []).map(({name, role}) => ({
		name, role: (CONTRIBUTOR_ROLES as readonly string[]).includes(role) ? role as ContributorRole : 'other',
	}));
}

/** The item fields a work gives (only those it has). */
export function workFields(work: HarvestWork): ItemPatch {
	const patch: ItemPatch = {title: work.title};
	if (work.kind) patch.kind = work.kind;
	if (work.authors?.length) patch.authors = work.authors;
	if (work.contributors?.length) patch.contributors = contributors(work);
	const {isbn, ids} = workIdentity(work);
	if (isbn.length) patch.isbn = isbn;
	if (ids.length) patch.ids = ids;
	for (const key of ['publisher', 'publishedAt', 'provider', 'description', 'image', 'language'] as const) {
		if (work[key]) patch[key] = work[key];
	}
	return patch;
}

/** A new item for a work: its fields, the topics, and where it was recommended. */
export function newItemDoc(id: string, work: HarvestWork, page: Recommender, topics: string[], t: Stamp): ItemDoc {
	const link = workLink(work);
	const input: SaveInput = {
		...workFields(work), ...(link ? {url: link} : {}), title: work.title, topics,
		recommendedBy: [recommendation(page, work)],
	};
	return saveDoc(undefined, id, input, t);
}

/** Fields the item lacks and the work has: a harvest fills gaps and never overwrites what the user has. */
function gaps(item: Item, fields: ItemPatch): ItemPatch {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(fields)) {
		// The title is the user's; ISBNs and ids join as sets
		if (key === 'title' || key === 'isbn' || key === 'ids') continue;
		const current = (item as Record<string, unknown>)[key];
		const empty = current === undefined || (Array.isArray(current) && current.length === 0)
			|| (key === 'kind' && current === 'other');
		if (empty) out[key] = value;
	}
	return cleanPatch(out as ItemPatch);
}

/**
 * Grows a saved item with a work from another page: its `recommendedBy`, topics, ISBNs and the work's link as
 * an alias are added (never duplicated, never removed), empty fields filled, and a trashed item restored
 * (the user picked it again).
 */
export function mergeWork(doc: ItemDoc, work: HarvestWork, page: Recommender, topics: string[], t: Stamp): ItemDoc {
	const item = materialize(doc);
	let next = applyPatch(doc, gaps(item, workFields(work)), t);
	next = addToSet(next, 'recommendedBy', [recommendation(page, work)], t);
	next = addToSet(next, 'topics', topics.map(normalizeTopic).filter(Boolean), t);
	const {url: link, isbn, ids} = workIdentity(work);
	if (isbn.length) next = addToSet(next, 'isbn', isbn, t);
	if (ids.length) next = addToSet(next, 'ids', ids, t);
	// A work known by title only that meets its link: the link becomes its url, else one more of its pages
	if (link && !itemLinks(item).some(url => urlKey(url) === urlKey(link))) {
		next = item.url ? addToSet(next, 'aliases', [link], t) : applyPatch(next, {url: link}, t);
	}
	return setDeleted(next, false, t);
}
