import type {ItemDoc, ItemPatch} from '../core/item-doc.ts';
import type {Identified} from '../core/keys.ts';
import type {SaveInput} from '../core/save.ts';
import type {Item, PageMetadata} from '../core/types.ts';
import type {TopicChange} from '../core/topic-changes.ts';
import type {ErrorCode} from '../core/errors.ts';
import type {OpenLibraryWork} from '../formats/open-library.ts';
import type {FetchedDetails, HarvestView, HarvestWork, SaveHarvestInput, SaveHarvestResult} from './harvest-protocol.ts';
import type {
	ApplyOptions, ExportFile, ExportFormat, ExportOptions, ImportChunk, ImportOutcome, ImportPreview, ImportProgress,
	ImportSource,
} from './import-protocol.ts';
import type {ItemQuery, QueryResult, TopicCount} from '../core/query.ts';
import type {HeldRecordSummary, SyncProbe, SyncSetup, SyncStatus} from './sync-protocol.ts';

export type {SaveInput};

export type {ItemQuery, QueryResult, SortKey, TopicCount} from '../core/query.ts';

/** What the popup learns about the tab it was opened on. */
export type TabInspection = {
	tabId: number;
	/** The extractor's reading, or null where the page cannot be scripted. */
	metadata: PageMetadata | null;
	/** Why `metadata` is null. */
	blocked?: ErrorCode;
	/** The item already saved for this page (by URL, alias or ISBN), if any. */
	existing: Item | null;
};


/** Served by the background; called by popup and options pages (never by content scripts). */
export type BackgroundApi = {
	/** Inject the extractor into `tabId` and read the page; also find the item already saved for it. */
	inspectTab(tabId: number, fallback: {url: string; title: string}): Promise<TabInspection>;
	/**
	 * Save a work: into `input.id`, else into the item that shares a link, ISBN or id with it, else a new item. A work
	 * needs a title, a link or an identifier, nothing more (INVALID_ITEM otherwise, or for a malformed ISBN or id).
	 */
	saveItem(input: SaveInput): Promise<Item>;
	/** Change some fields of an item. */
	updateItem(id: string, patch: ItemPatch): Promise<Item>;
	/** Change the same fields on many items in one transaction (bulk edit). */
	updateItems(ids: string[], patch: ItemPatch): Promise<number>;
	getItem(id: string): Promise<Item | null>;
	/**
	 * The item saved for a URL (or an alias, or one of `isbn`), or for a work by any of its keys;
	 * a survivor for an absorbed item.
	 */
	findItem(work: string | Identified, isbn?: string[]): Promise<Item | null>;
	/** Merge two or more items the user says are one work into the one with the smallest id; returns it. */
	mergeWorks(ids: string[]): Promise<Item>;
	/** What mergeWorks would give, without writing anything. */
	previewMerge(ids: string[]): Promise<Item>;
	/** Groups of live items that are possibly one work (same title and first author's family name). */
	possibleDuplicates(): Promise<Item[][]>;
	queryItems(query: ItemQuery): Promise<QueryResult>;
	/** Move to the trash (a tombstone, so deletes sync). */
	deleteItems(ids: string[]): Promise<void>;
	restoreItems(ids: string[]): Promise<void>;
	listTopics(): Promise<TopicCount[]>;
	/** Rename `from` to `to` on every item; merges when `to` already exists. Returns items changed. */
	renameTopic(from: string, to: string): Promise<number>;
	/**
	 * Replace each topic of `from` with `to` on every item, in one transaction (spellings of one topic). Returns what
	 * changed on each item: `changeTopics` with each change inverted undoes the merge.
	 */
	mergeTopics(from: string[], to: string): Promise<TopicChange[]>;
	/** Add and remove topics item by item, in one transaction. Returns items changed. */
	changeTopics(changes: TopicChange[]): Promise<number>;
	deleteTopic(name: string): Promise<number>;
	/** Merge CRDT docs from a backup or another device into the list, in one transaction. Returns the count. */
	mergeItems(docs: ItemDoc[]): Promise<number>;
	/** Pages that recommended saved items, with counts: the "recommended by" facet. */
	listRecommenders(): Promise<{url: string; title?: string; count: number}[]>;
	/** Sync: where it goes, when it last ran and what went wrong (SYNC_* codes), the failsafe banner. */
	getSyncStatus(): Promise<SyncStatus>;
	/**
	 * Reach the WebDAV folder (or storage.sync) and say whether a vault is there; saves nothing.
	 * Needs the host permission.
	 */
	testSyncConnection(setup: SyncSetup): Promise<SyncProbe>;
	/**
	 * Save the setup (credentials stay in storage.local) and sync once, with `setup.passphrase`
	 * if given (never stored).
	 */
	configureSync(setup: SyncSetup): Promise<SyncStatus>;
	/** Sync now (waits for a sync already running); errors land in the status. */
	syncNow(): Promise<SyncStatus>;
	/** Stop syncing and forget the credentials and the unlocked key; the local list stays. */
	disableSync(): Promise<void>;
	/** The failsafe's "Restore all": restore these trashed items and clear the banner. Returns the count restored. */
	restoreTombstoned(ids: string[]): Promise<number>;
	/** Hide the failsafe banner, keeping the items in the trash. */
	dismissSyncBanner(): Promise<void>;
	/** Unlock an encrypted synced list for this browser session (SYNC_PASSPHRASE when wrong), then sync. */
	unlockVault(passphrase: string): Promise<SyncStatus>;
	/** Re-wrap the synced list's key under a new passphrase; no data is re-uploaded. */
	changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void>;
	/**
	 * Encrypt the synced list under a new passphrase (`on`), or decrypt it with the current one: every file on the
	 * server is written again, then swapped in at once. SYNC_PASSPHRASE (wrong passphrase) writes nothing; after a
	 * failure half-way the list stays readable as it was, and calling again continues. Then syncs.
	 */
	setSyncEncryption(on: boolean, passphrase: string): Promise<SyncStatus>;
	/** Records whose writes came stamped far ahead of this device's clock, held aside until the user decides. */
	listHeld(): Promise<HeldRecordSummary[]>;
	/** Keep (as an edit made now) or discard the held writes of these records. Returns how many were decided. */
	decideHeld(ids: string[], keep: boolean): Promise<number>;
	/** Live items whose title or notes were edited on two devices at once (Item.conflicts). */
	listConflicts(): Promise<Item[]>;
	/**
	 * Add a chunk of records parsed in the page to staged import `stageId` (large imports: small messages).
	 * Returns the total staged.
	 */
	stageImport(stageId: string, chunk: ImportChunk): Promise<number>;
	/** Dry run of an import (files, or a staged import): each record's fate, nothing written. */
	planImport(source: ImportSource): Promise<ImportPreview>;
	/**
	 * Import a previewed plan (its `planId`) or the same input, in one transaction: all or nothing
	 * (IMPORT_INVALID, QUOTA_EXCEEDED, IMPORT_FAILED).
	 */
	applyImport(source: ImportSource | string, options?: ApplyOptions): Promise<ImportOutcome>;
	/** How far `applyImport(id)` has written, for a progress bar; null when that import is not being written. */
	importProgress(id: string): Promise<ImportProgress | null>;
	/** Forget a staged or previewed import the user cancelled. */
	discardImport(id: string): Promise<void>;
	/**
	 * The list as a file: JSON backup (all CRDT state and tombstones), CSV, bookmarks HTML, citations,
	 * or a published topic.
	 */
	exportList(format: ExportFormat, options?: ExportOptions): Promise<ExportFile>;
	/** Inject the harvester into `tabId`: the works the page recommends, each with the item already saved for it. */
	harvestTab(tabId: number, fallback: {url: string; title: string}): Promise<HarvestView>;
	/** Save a page's chosen works in one transaction: new items created, saved ones merged (provenance grows). */
	saveHarvest(input: SaveHarvestInput): Promise<SaveHarvestResult>;
	/** Load `url` in the background (needs its host permission) and read its metadata. */
	fetchDetails(url: string): Promise<FetchedDetails>;
	/**
	 * Ask Open Library about an ISBN or a title (needs its host permission, asked for by the page on a click):
	 * LOOKUP_NOT_FOUND, LOOKUP_INVALID (an answer not as expected) or LOOKUP_FAILED (network, timeout). Writes nothing.
	 */
	lookupOpenLibrary(query: string): Promise<OpenLibraryWork>;
};

/**
 * What the injected scripts leave in the tab's isolated world for the background to call through
 * scripting.executeScript (src/background/run-in-tab.ts): the extractor and the harvest script.
 */
export type PageCalls = {
	shelfmarkExtract(): PageMetadata;
	shelfmarkHarvest(): HarvestWork[];
};

/** Served by the background (src/background/detect.ts) for the opt-in detection script on visited pages. */
export type DetectApi = {
	/** The page in the sender's tab looks like one book or course (cheap signals only): hint it on the badge. */
	pageDetected(page: {kind: 'book' | 'course'; url: string}): Promise<void>;
};

/** `e2e` exists only in e2e builds (src/background/e2e-hooks.ts). `detect` is sent by content scripts. */
export type Channel = 'background' | 'e2e' | 'offscreen' | 'detect';
export type AnyApi = Record<string, (...args: never[]) => Promise<unknown>>;
/** A call as it crosses contexts. */
export type WireRequest = {channel: Channel; method: string; args: unknown[]};
