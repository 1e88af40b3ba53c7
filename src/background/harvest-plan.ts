import type {Stamp} from '../core/hlc.ts';
import {type ItemDoc, type ItemPatch, addToSet, applyPatch, materialize, setDeleted} from '../core/item-doc.ts';
import {type SaveInput, cleanPatch, normalizeTopic, saveDoc} from '../core/save.ts';
import {CONTRIBUTOR_ROLES, type Contributor, type ContributorRole, type Item, type Recommendation} from '../core/types.ts';
import {itemLinks} from '../core/keys.ts';
import {httpUrl, normalizeUrl, urlKey} from '../core/url.ts';
import type {HarvestWork, Recommender} from '../shared/harvest-protocol.ts';

/**
 * Pure rules of a harvest save (no browser, no IndexedDB): the address a work is kept under, the topics to
 * offer, and how a work becomes a new item or grows the item already saved for it.
 */

const CONTEXT_MAX = 300;
const MAX_SUGGESTIONS = 8;

/**
 * Items need an http(s) address. A work named without a link gets a stable one from what identifies it: its
 * ISBN's Open Library page, else a search for its title (and first author), so harvesting the same post twice,
 * or two posts naming the same work, finds one item instead of making two.
 */
export function workUrl(work: HarvestWork): string {
	const link = httpUrl(work.url);
	if (link) return normalizeUrl(link.href);
	const isbn = work.isbn?.[0];
	if (isbn) return `https://openlibrary.org/isbn/${isbn}`;
	const query = [work.title.trim(), work.authors?.[0]?.trim()].filter(Boolean).join(' ');
	if (work.kind === 'book' && /\p{Script=Han}/u.test(query)) {
		return normalizeUrl(`https://search.douban.com/book/subject_search?search_text=${encodeURIComponent(query)}`);
	}
	return normalizeUrl(`https://www.bing.com/search?q=${encodeURIComponent(query)}`);
}

/** Case, space and punctuation do not make two titles different ("Cloud Native Go" = "cloud-native go"). */
export function titleKey(title: string): string {
	return title.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
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
export function suggestTopics(page: {title: string; keywords?: string[]}, known: string[], onSaved: string[] = []): string[] {
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
	return {url: normalizeUrl(page.url), ...(page.title ? {title: page.title.slice(0, 500)} : {}), ...(context ? {context} : {})};
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
	if (work.isbn?.length) patch.isbn = work.isbn;
	for (const key of ['publisher', 'publishedAt', 'provider', 'description', 'image', 'language'] as const) if (work[key]) patch[key] = work[key];
	return patch;
}

/** A new item for a work: its fields, the topics, and where it was recommended. */
export function newItemDoc(id: string, work: HarvestWork, page: Recommender, topics: string[], t: Stamp): ItemDoc {
	const input: SaveInput = {...workFields(work), url: workUrl(work), title: work.title, topics, recommendedBy: [recommendation(page, work)]};
	return saveDoc(undefined, id, input, t);
}

/** Fields the item lacks and the work has: a harvest fills gaps and never overwrites what the user has. */
function gaps(item: Item, fields: ItemPatch): ItemPatch {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(fields)) {
		if (key === 'title' || key === 'isbn') continue; // The title is the user's; ISBNs are added as a set below
		const current = (item as Record<string, unknown>)[key];
		const empty = current === undefined || (Array.isArray(current) && current.length === 0) || (key === 'kind' && current === 'other');
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
	if (work.isbn?.length) next = addToSet(next, 'isbn', work.isbn, t);
	const link = httpUrl(work.url);
	if (link && !itemLinks(item).some(url => urlKey(url) === urlKey(link.href))) next = addToSet(next, 'aliases', [normalizeUrl(link.href)], t);
	return setDeleted(next, false, t);
}
