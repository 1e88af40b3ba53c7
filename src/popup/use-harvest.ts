import {useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import {hostInfo} from '../extract/harvest/hosts.ts';
import type {PageMetadata} from '../core/types.ts';
import {type FindLink, findLinks} from '../core/find-links.ts';
import {itemLinks} from '../core/keys.ts';
import {httpUrl, urlKey} from '../core/url.ts';
import {rowKey, saveLeftOut} from './harvest-choices.ts';
import {AppError} from '../core/errors.ts';
import {
	type HarvestEntry, type HarvestPick, type HarvestView, type HarvestWork, type SaveHarvestResult, originPattern,
} from '../shared/harvest-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';

/** One line of the checklist: the work as the user edits it. */
export type HarvestRow = HarvestEntry & {
	selected: boolean;
	/** Saved from this post (now, or before: the item already names this post), or left out when last saving. */
	mark?: 'saved' | 'left';
	/** For a `possible` match: whether the user says it is the same work (merge into it). A weak match is never merged
	 * by itself (DESIGN §3): unticked until the user ticks it. */
	same: boolean;
	fetch?: 'busy' | 'done' | {error: unknown};
};

/**
 * "Find it" searches for a work with no page of its own (neither the work nor the item it matched has a link):
 * made here, at display time, from its ISBN or title and first author, and never saved (DESIGN §3).
 */
export function findItLinks(row: HarvestRow): FindLink[] {
	if (row.url || (row.existing && itemLinks(row.existing).length > 0)) return [];
	const {work} = row;
	return findLinks({title: work.title, authors: work.authors ?? [], isbn: work.isbn ?? []});
}

/** What is sent for a row: the work as edited, and the possible match when the user kept "same work" ticked. */
export function pickOf(row: HarvestRow): HarvestPick {
	return row.possible && row.same && !row.existing ? {...row.work, into: row.possible.id} : row.work;
}

/** The work's page, when it is a known book / course / code host worth fetching details from. */
export function detailsUrl(row: HarvestRow): URL | undefined {
	const url = httpUrl(row.work.url);
	return url && hostInfo(url) ? url : undefined;
}

/** What the linked page says fills what the harvest left empty; the user's title and kind stay. */
export function withDetails(work: HarvestWork, meta: PageMetadata): HarvestWork {
	const next: HarvestWork = {...work};
	if (!next.kind && meta.kind !== 'other') next.kind = meta.kind;
	if (!next.authors?.length && meta.authors.length) next.authors = meta.authors;
	if (!next.contributors?.length && meta.contributors?.length) next.contributors = meta.contributors;
	if (!next.isbn?.length && meta.isbn?.length) next.isbn = meta.isbn;
	for (const key of ['publisher', 'publishedAt', 'provider', 'description', 'image', 'language'] as const) {
		if (!next[key] && meta[key]) next[key] = meta[key];
	}
	return next;
}

/**
 * The checklist as it opens: works saved from this post before are marked saved and works the user left out last
 * time are marked left out, both unticked; every other work is ticked.
 */
export function initialRows(view: HarvestView, leftOut: ReadonlySet<string>): HarvestRow[] {
	const post = urlKey(view.page.url);
	return view.entries.map(entry => {
		const saved = entry.existing?.recommendedBy.some(recommendation => urlKey(recommendation.url) === post)
			?? false;
		const mark = saved ? 'saved' as const : leftOut.has(rowKey(entry)) ? 'left' as const : undefined;
		return {...entry, selected: mark === undefined, same: false, ...(mark ? {mark} : {})};
	});
}

/** The checklist state of a harvest: selection, inline edits, topics, details on demand and the save. */
export function useHarvest(api: BackgroundApi, view: HarvestView, leftOut: ReadonlySet<string> = new Set()) {
	const [rows, setRows] = useState<HarvestRow[]>(() => initialRows(view, leftOut));
	const [topics, setTopics] = useState<string[]>([]);
	const [saving, setSaving] = useState(false);
	const [result, setResult] = useState<{saved?: SaveHarvestResult; error?: unknown}>();

	const update = (index: number, change: (row: HarvestRow) => HarvestRow) =>
		setRows(current => current.map((row, i) => (i === index ? change(row) : row)));
	const edit = (index: number, patch: Partial<HarvestWork>) =>
		update(index, row => ({...row, work: {...row.work, ...patch}}));
	const select = (index: number, selected: boolean) => update(index, row => ({...row, selected}));
	const setSame = (index: number, same: boolean) => update(index, row => ({...row, same}));
	const selectAll = (selected: boolean) => setRows(current => current.map(row => ({...row, selected})));

	/** Must run straight from the click: Firefox grants a permission request only inside the user's gesture. */
	const fetchDetails = (index: number) => {
		const url = detailsUrl(rows[index]!);
		if (!url) return;
		const asked = browser.permissions.request({origins: [originPattern(url)]});
		update(index, row => ({...row, fetch: 'busy'}));
		void (async () => {
			try {
				if (!await asked) throw new AppError('PERMISSION_DENIED', url.host);
				const meta = await api.fetchDetails(url.href);
				update(index, row => ({...row, work: withDetails(row.work, meta), fetch: 'done'}));
			} catch (error) {
				update(index, row => ({...row, fetch: {error}}));
			}
		})();
	};

	const save = async () => {
		const sent = rows.flatMap((row, index) => (row.selected && row.work.title.trim() ? [index] : []));
		if (sent.length === 0 || saving) return;
		setSaving(true);
		try {
			const saved = await api.saveHarvest({page: view.page, topics,
				works: sent.map(index => pickOf(rows[index]!))});
			// Saved works are in the list now, each as the item it went into: marked saved and unticked (a second save
			// would merge); the works left unticked are remembered as left out of this post.
			const byId = new Map(saved.items.map(item => [item.id, item]));
			const into = new Map(sent.map((index, i) => [index, byId.get(saved.itemIds[i] ?? '')]));
			const next = rows.map((row, index): HarvestRow => {
				const item = into.get(index);
				if (!item) return row.selected || row.mark === 'saved' ? row : {...row, mark: 'left'};
				const {possible: _settled, ...rest} = row;
				return {...rest, existing: item, selected: false, mark: 'saved'};
			});
			setRows(next);
			setResult({saved});
			await saveLeftOut(view.page.url, next.filter(row => row.mark === 'left').map(rowKey)).catch(() => {});
		} catch (error) {
			setResult({error});
		} finally {
			setSaving(false);
		}
	};

	return {rows, topics, setTopics, edit, select, setSame, selectAll, fetchDetails, save, saving, result};
}
