import harvestFile from '../content/harvest-script.ts?script';
import type {ItemDoc} from '../core/item-doc.ts';
import {normalizeTopic} from '../core/save.ts';
import type {Item, PageMetadata} from '../core/types.ts';
import {itemIdForUrl} from '../core/url.ts';
import {AppError, errorCode} from '../core/errors.ts';
import type {HarvestEntry, HarvestView, HarvestWork, SaveHarvestInput, SaveHarvestResult} from '../shared/harvest-protocol.ts';
import {captureTab} from './capture.ts';
import {mergeWork, newItemDoc, suggestTopics, titleKey, workUrl} from './harvest-plan.ts';
import type {ItemService} from './items.ts';
import {runInTab} from './run-in-tab.ts';
import {getItemService} from './service.ts';

const HARVEST_TIMEOUT_MS = 6_000;
const MAX_WORKS = 500;

/** Injects the harvest script and returns the works the page recommends. */
async function harvestWorks(tabId: number, tabUrl: string): Promise<HarvestWork[]> {
	return (await runInTab({id: tabId, url: tabUrl}, [harvestFile], 'shelfmarkHarvest', HARVEST_TIMEOUT_MS)).slice(0, MAX_WORKS);
}

/** The saved item for a work: by its address or ISBN, else (for a work named without a link) by exact title. */
async function existingFor(items: ItemService, work: HarvestWork, url: string, all: Item[]): Promise<Item | null> {
	const found = await items.find(url, work.isbn);
	if (found || work.url) return found;
	const key = titleKey(work.title);
	return all.find(item => !item.deletedAt && titleKey(item.title) === key) ?? null;
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
		return {tabId, page, entries: [], suggestedTopics: [], blocked: code === 'EXTRACT_FAILED' ? code : 'EXTRACT_BLOCKED'};
	}
	const items = await getItemService();
	const all = await items.all();
	const entries: HarvestEntry[] = [];
	for (const work of works) {
		const url = workUrl(work);
		entries.push({work, url, existing: await existingFor(items, work, url, all)});
	}
	const known = (await items.topics()).map(topic => topic.name);
	const onSaved = entries.flatMap(entry => entry.existing?.topics ?? []);
	return {tabId, page, entries, suggestedTopics: suggestTopics({title: page.title, keywords: metadata?.keywords ?? []}, known, onSaved)};
}

/**
 * Saves the chosen works of one page in ONE transaction: each becomes a new item or grows the item already
 * saved for it (provenance, topics, ISBNs, aliases), so a failure writes nothing and a repeat changes nothing.
 */
export async function saveHarvest(input: SaveHarvestInput): Promise<SaveHarvestResult> {
	if (!input.page?.url || !Array.isArray(input.works)) throw new AppError('BAD_REQUEST', 'saveHarvest needs a page and works');
	const items = await getItemService();
	const all = await items.all();
	const topics = [...new Set(input.topics.map(normalizeTopic).filter(Boolean))];
	const plan: {id: string; work: HarvestWork; existed: boolean}[] = [];
	for (const work of input.works.slice(0, MAX_WORKS)) {
		if (!work.title?.trim()) continue;
		const url = workUrl(work);
		const existing = await existingFor(items, work, url, all);
		plan.push({id: existing?.id ?? itemIdForUrl(url), work, existed: Boolean(existing)});
	}
	const ids = [...new Set(plan.map(step => step.id))];
	const written = await items.write(ids, (current, t) => {
		const docs = new Map<string, ItemDoc>();
		for (const {id, work} of plan) {
			const doc = docs.get(id) ?? current.get(id);
			docs.set(id, doc ? mergeWork(doc, work, input.page, topics, t) : newItemDoc(id, work, input.page, topics, t));
		}
		return [...docs.values()];
	});
	const merged = new Set(plan.filter(step => step.existed).map(step => step.id)).size;
	return {created: ids.length - merged, merged, items: written};
}
