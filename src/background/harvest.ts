import harvestFile from '../content/harvest-script.ts?script';
import type {ItemDoc} from '../core/item-doc.ts';
import {normalizeTopic} from '../core/topics.ts';
import type {Item, PageMetadata} from '../core/types.ts';
import {itemKeys} from '../core/keys.ts';
import {AppError, errorCode} from '../core/errors.ts';
import type {HarvestEntry, HarvestView, HarvestWork, SaveHarvestInput, SaveHarvestResult} from '../shared/harvest-protocol.ts';
import {captureTab} from './capture.ts';
import {
	assignIds, matchWork, mergeWork, newItemDoc, suggestTopics, titleIndex, workIdentity, workLink,
} from './harvest-plan.ts';
import type {ItemService} from './items.ts';
import {runInTab} from './run-in-tab.ts';
import {getItemService} from './service.ts';

const HARVEST_TIMEOUT_MS = 6_000;
const MAX_WORKS = 500;

/** Injects the harvest script and returns the works the page recommends. */
async function harvestWorks(tabId: number, tabUrl: string): Promise<HarvestWork[]> {
	return (await runInTab({id: tabId, url: tabUrl}, [harvestFile], 'shelfmarkHarvest', HARVEST_TIMEOUT_MS))
		.slice(0, MAX_WORKS);
}

/** The item a work shares a key with (link, ISBN, id); the index answers, so a work with no key costs nothing. */
async function keyedItem(items: ItemService, work: HarvestWork): Promise<Item | null> {
	const identity = workIdentity(work);
	return itemKeys(identity).length > 0 ? items.find(identity) : null;
}

/** What the popup's harvest panel shows for a tab: the works, the items they match, topics to offer. */
export async function harvestTab(tabId: number, fallback: {url: string; title: string}): Promise<HarvestView> {
	const [works, metadata] = await Promise.all([
		harvestWorks(tabId, fallback.url).catch((error: unknown) => error as Error),
		captureTab(tabId, fallback.url).catch((): PageMetadata | null => null), // Keywords and title only: optional
	]);
	const page = {url: metadata?.url ?? fallback.url, title: metadata?.title || fallback.title || fallback.url};
	if (works instanceof Error) {
		const code = errorCode(works);
		return {
			tabId, page, entries: [], suggestedTopics: [],
			blocked: code === 'EXTRACT_FAILED' ? code : 'EXTRACT_BLOCKED',
		};
	}
	// Most pages recommend nothing: they answer without the list, so the popup's other calls are not kept waiting for
	// it to load (a cold start at 100,000 items) or to be indexed by title
	if (works.length === 0) return {tabId, page, entries: [], suggestedTopics: []};
	const items = await getItemService();
	const index = titleIndex(await items.all());
	const entries: HarvestEntry[] = [];
	for (const work of works) {
		const url = workLink(work);
		entries.push({work, ...(url ? {url} : {}), ...matchWork(work, page, await keyedItem(items, work), index)});
	}
	const known = (await items.topics()).map(topic => topic.name);
	const onSaved = entries.flatMap(entry => entry.existing?.topics ?? []);
	const suggestedTopics = suggestTopics({title: page.title, keywords: metadata?.keywords ?? []}, known, onSaved);
	return {tabId, page, entries, suggestedTopics};
}

/**
 * Saves the chosen works of one page in ONE transaction: each becomes a new item or grows the item already
 * saved for it (provenance, topics, ISBNs, aliases), so a failure writes nothing and a repeat changes nothing.
 */
export async function saveHarvest(input: SaveHarvestInput): Promise<SaveHarvestResult> {
	if (!input.page?.url || !Array.isArray(input.works)) throw new AppError('BAD_REQUEST', 'saveHarvest needs a page and works');
	const items = await getItemService();
	const index = titleIndex(await items.all());
	const topics = [...new Set(input.topics.map(normalizeTopic).filter(Boolean))];
	const picked = input.works.slice(0, MAX_WORKS);
	const chosen: {work: HarvestWork; existing: Item | null}[] = [];
	for (const {into, ...work} of picked) {
		if (!work.title?.trim()) continue;
		const {existing} = matchWork(work, input.page, await keyedItem(items, work), index);
		// A possible match the user confirmed; one deleted or gone since is no longer there to merge into
		const confirmed = !existing && typeof into === 'string' ? await items.survivor(into) : null;
		chosen.push({work, existing: existing ?? (confirmed && !confirmed.deletedAt ? confirmed : null)});
	}
	const plan = assignIds(chosen, input.page).map((target, i) => ({...target, work: chosen[i]!.work}));
	const ids = [...new Set(plan.map(step => step.id))];
	const written = await items.write(ids, (current, t) => {
		const docs = new Map<string, ItemDoc>();
		for (const {id, work} of plan) {
			const doc = docs.get(id) ?? current.get(id);
			docs.set(id, doc
				? mergeWork(doc, work, input.page, topics, t)
				: newItemDoc(id, work, input.page, topics, t));
		}
		return [...docs.values()];
	});
	const merged = new Set(plan.filter(step => step.existed).map(step => step.id)).size;
	// A new item may have met another by a key on the way in (storage settles): report where each work is now
	const landed = new Map<string, Item | null>();
	for (const id of ids) {
		landed.set(id, written.find(item => item.id === id && !item.mergedInto) ?? await items.survivor(id));
	}
	let step = 0;
	const itemIds = input.works.map((work, i) => (i < MAX_WORKS && work.title?.trim()
		? landed.get(plan[step++]!.id)?.id ?? null
		: null));
	const saved = new Map([...landed.values()].flatMap(item => (item ? [[item.id, item] as const] : [])));
	return {created: ids.length - merged, merged, items: [...saved.values()], itemIds};
}
