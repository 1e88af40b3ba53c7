import {cap, compact, list, type Problems, text, webUrl} from '../clean.ts';
import type {ImportRecord} from '../types.ts';

/**
 * The shape of `browser.bookmarks.getSubTree()` nodes
 * (also read: Firefox JSON backups' `uri`, Chrome's `Bookmarks` file).
 */
export type BookmarkNode = {
	id?: string; title?: string; name?: string; url?: string; uri?: string; tags?: string;
	dateAdded?: number | string; date_added?: string; children?: BookmarkNode[];
};

/** Browser-made roots: Firefox's fixed ids, Chrome's numeric ones, and their names in exports. */
const ROOT_IDS = new Set([
	'root________', 'menu________', 'toolbar_____', 'unfiled_____', 'mobile______', '0', '1', '2', '3',
]);
const ROOT_NAMES = new Set([
	'bookmarks bar', 'other bookmarks', 'mobile bookmarks', 'bookmarks menu', 'bookmarks toolbar', 'other', 'synced',
]);

/** Milliseconds since 1970 from the API's ms, Firefox backups' microseconds or Chrome's microseconds since 1601. */
function addedAt(node: BookmarkNode): string | undefined {
	const raw = Number(node.dateAdded ?? node.date_added);
	if (!Number.isFinite(raw) || raw <= 0) return undefined;
	const ms = raw > 1e16 ? raw / 1000 - 11_644_473_600_000 : raw > 1e14 ? raw / 1000 : raw;
	return new Date(ms).toISOString();
}

/**
 * Bookmark tree to records, depth first: each folder below the chosen one is a topic (the chosen folder too,
 * unless it is a browser root). `line` is the bookmark's position in that walk.
 */
export function parseBookmarkTree(roots: readonly BookmarkNode[], problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	let line = 0;
	const walk = (node: BookmarkNode, topics: string[], depth: number) => {
		if (typeof node !== 'object' || node === null) return; // A value cut for nesting too deep, or junk
		const link = node.url ?? node.uri;
		if (link === undefined && Array.isArray(node.children)) {
			const name = text(node.title ?? node.name);
			const isRoot = ROOT_IDS.has(node.id ?? '') || !name || (depth <= 1 && ROOT_NAMES.has(name.toLowerCase()));
			for (const child of node.children) walk(child, isRoot ? topics : [...topics, name], depth + 1);
			return;
		}
		line++;
		const url = webUrl(link, problems, line);
		if (!url) return;
		const title = text(node.title ?? node.name) ?? url;
		records.push(compact({
			line, url, title: cap(title, 'title', problems, line),
			topics: list([...topics, ...list(node.tags ?? '', ',')]), addedAt: addedAt(node),
		}));
	};
	for (const root of roots) walk(root, [], 0);
	return records;
}
