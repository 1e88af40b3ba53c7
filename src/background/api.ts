import type {Item} from '../core/types.ts';
import {errorCode} from '../core/errors.ts';
import type {BackgroundApi, TabInspection} from '../shared/messages.ts';
import {showSaved} from './badge.ts';
import {captureTab} from './capture.ts';
import {fetchDetails} from './fetch-details.ts';
import {harvestTab, saveHarvest} from './harvest.ts';
import {lookupOpenLibrary} from './open-library.ts';
import {importExportApi} from './import-export.ts';
import {getItemService} from './service.ts';
import {syncApi} from './sync-runtime.ts';

const service = getItemService;

/** The background's side of the protocol; `satisfies` checks every method against BackgroundApi. */
export const backgroundApi = {
	async inspectTab(tabId, fallback) {
		let metadata: TabInspection['metadata'] = null;
		let blocked: TabInspection['blocked'];
		try {
			metadata = await captureTab(tabId, fallback.url);
		} catch (error) {
			blocked = errorCode(error) === 'EXTRACT_FAILED' ? 'EXTRACT_FAILED' : 'EXTRACT_BLOCKED';
		}
		const items = await service();
		// The page may be saved under its canonical URL, the URL in the tab, or (for a book) its ISBN.
		const existing = (metadata ? await items.find(metadata.url, metadata.isbn) : null)
			?? await items.find(fallback.url);
		void showSaved(tabId, Boolean(existing && !existing.deletedAt));
		return {tabId, metadata, existing, ...(blocked ? {blocked} : {})};
	},
	async saveItem(input) {
		return (await service()).save(input);
	},
	async updateItem(id, patch) {
		return (await (await service()).update([id], patch))[0] as Item;
	},
	async updateItems(ids, patch) {
		return (await (await service()).update(ids, patch)).length;
	},
	async getItem(id) {
		return (await service()).get(id);
	},
	async findItem(work, isbn) {
		return (await service()).find(work, isbn);
	},
	async mergeWorks(ids) {
		return (await service()).merge(ids);
	},
	async previewMerge(ids) {
		return (await service()).mergePreview(ids);
	},
	async possibleDuplicates() {
		return (await service()).possibleDuplicates();
	},
	async queryItems(query) {
		return (await service()).query(query);
	},
	async deleteItems(ids) {
		await (await service()).setDeleted(ids, true);
	},
	async restoreItems(ids) {
		await (await service()).setDeleted(ids, false);
	},
	async listTopics() {
		return (await service()).topics();
	},
	async renameTopic(from, to) {
		return (await service()).renameTopic(from, to);
	},
	async mergeTopics(from, to) {
		return (await service()).mergeTopics(from, to);
	},
	async changeTopics(changes) {
		return (await service()).changeTopics(changes);
	},
	async deleteTopic(name) {
		return (await service()).renameTopic(name, '');
	},
	async mergeItems(docs) {
		return (await service()).mergeIn(docs);
	},
	async listRecommenders() {
		return (await service()).recommenders();
	},
	harvestTab,
	saveHarvest,
	fetchDetails,
	lookupOpenLibrary: query => lookupOpenLibrary(query),
	...importExportApi(getItemService),
	...syncApi,
} satisfies BackgroundApi;
