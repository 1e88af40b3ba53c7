import {useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import {hostInfo} from '../extract/harvest/hosts.ts';
import type {PageMetadata} from '../core/types.ts';
import {type FindLink, findLinks} from '../core/find-links.ts';
import {itemLinks} from '../core/keys.ts';
import {httpUrl} from '../core/url.ts';
import {AppError} from '../core/errors.ts';
import {
	type HarvestEntry, type HarvestPick, type HarvestView, type HarvestWork, type SaveHarvestResult, originPattern,
} from '../shared/harvest-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';

/** One line of the checklist: the work as the user edits it. */
export type HarvestRow = HarvestEntry & {
	selected: boolean;
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

/** The checklist state of a harvest: selection, inline edits, topics, details on demand and the save. */
export function useHarvest(api: BackgroundApi, view: HarvestView) {
	const [rows, setRows] = useState<HarvestRow[]>(() => view.entries.map(entry => ({...entry, selected: true, same: false})));
	const [topics, setTopics] = useState<string[]>([]);
	const [saving, setSaving] = useState(false);
	const [result, setResult] = useState<{saved?: SaveHarvestResult; error?: unknown}>();

	const update = (index: number, change: (row: HarvestRow) => HarvestRow) =>
		setRows(current => current.map((row, i) => (i === index ? change(row) : row)));
	const edit = (index: number, patch: Partial<HarvestWork>) => update(index, row => ({...row, work: {...row.work, ...patch}}));
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
			const saved = await api.saveHarvest({page: view.page, topics, works: sent.map(index => pickOf(rows[index]!))});
			// Saved works are in the list now, each as the item it went into: a second save merges instead of creating
			const byId = new Map(saved.items.map(item => [item.id, item]));
			const into = new Map(sent.map((index, i) => [index, byId.get(saved.itemIds[i] ?? '')]));
			setRows(current => current.map((row, index) => {
				const item = into.get(index) ?? byId.get(row.existing?.id ?? '');
				if (!item) return row;
				const {possible: _settled, ...rest} = row;
				return {...rest, existing: item};
			}));
			setResult({saved});
		} catch (error) {
			setResult({error});
		} finally {
			setSaving(false);
		}
	};

	return {rows, topics, setTopics, edit, select, setSame, selectAll, fetchDetails, save, saving, result};
}
