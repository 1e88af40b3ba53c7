import {cap, compact, list, multiline, type Problems, rowLink, statusFrom, text, webUrl} from '../clean.ts';
import {dateField, unixTime} from '../dates.ts';
import type {ImportRecord} from '../types.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const names = (value: unknown): unknown[] => Array.isArray(value) ? value.map(v => (isObject(v) ? v.name : v)) : [];

/** Omnivore `metadata_*.json`: an array of saved pages; Archived is done, labels are topics. */
export function parseOmnivore(data: unknown[], problems: Problems): ImportRecord[] {
	return data.flatMap((entry, i): ImportRecord[] => {
		const line = i + 1;
		if (!isObject(entry)) { problems.add('BAD_ROW', 'not an object', line, undefined, 'error'); return []; }
		if (entry.state === 'Deleted') return [];
		const {url, skip} = rowLink(text(entry.url), text(entry.title), problems, line);
		if (skip) return [];
		return [compact({
			line, url, kind: 'article', title: cap(text(entry.title) ?? url ?? '', 'title', problems, line),
			description: text(entry.description), authors: list([entry.author]), topics: list(names(entry.labels)),
			status: entry.state === 'Archived' ? 'done' : 'want',
			image: webUrl(entry.thumbnail, problems, line, 'thumbnail'),
			addedAt: dateField(entry.savedAt, problems, line, 'savedAt'),
			publishedAt: dateField(entry.publishedAt, problems, line, 'publishedAt'),
		})];
	});
}

/** Karakeep (Hoarder) export: `createdAt` in seconds; text and asset bookmarks have no URL and are not items. */
export function parseKarakeep(data: Json, problems: Problems): ImportRecord[] {
	const bookmarks = Array.isArray(data.bookmarks) ? data.bookmarks : [];
	return bookmarks.flatMap((entry: unknown, i): ImportRecord[] => {
		const line = i + 1;
		if (!isObject(entry)) { problems.add('BAD_ROW', 'not an object', line, undefined, 'error'); return []; }
		const content = isObject(entry.content) ? entry.content : {};
		const url = webUrl(content.url, problems, line);
		if (!url) { problems.add('BAD_ROW', `${String(content.type ?? 'entry')} bookmark: a note, not a work, left out`, line, 'content.url'); return []; }
		return [compact({
			line, url, title: cap(text(entry.title) ?? url, 'title', problems, line), topics: list(names(entry.tags)),
			notes: multiline(entry.note), status: entry.archived === true ? 'done' : 'want',
			addedAt: typeof entry.createdAt === 'number'
				? unixTime(entry.createdAt)
				: dateField(entry.createdAt, problems, line, 'createdAt'),
		})];
	});
}

/** Linkwarden backup: collections nest through parentId; every collection on the path and every tag is a topic. */
export function parseLinkwarden(data: Json, problems: Problems): ImportRecord[] {
	const collections = (Array.isArray(data.collections) ? data.collections : []).filter(isObject);
	const byId = new Map(collections.map(collection => [collection.id, collection]));
	const path = (collection: Json): string[] => {
		const out: string[] = [];
		for (let c: Json | undefined = collection, depth = 0; c && depth < 32; c = byId.get(c.parentId), depth++) {
			out.unshift(String(c.name ?? ''));
		}
		return out;
	};
	const links = (collection: Json) => (Array.isArray(collection.links) ? collection.links : []);
	let line = 0;
	return collections.flatMap(collection => links(collection).flatMap((link: unknown): ImportRecord[] => {
		line++;
		if (!isObject(link)) return [];
		const url = webUrl(link.url, problems, line);
		if (!url) return [];
		return [compact({
			line, url, title: cap(text(link.name) ?? url, 'title', problems, line), description: text(link.description),
			topics: list([...path(collection), ...names(link.tags)]),
			addedAt: dateField(link.createdAt, problems, line, 'createdAt'),
			status: statusFrom(link.status),
		})];
	}));
}

/**
 * Pinboard JSON (`posts/all`): `description` is the title, `extended` the note, tags space-separated,
 * `toread` yes is want.
 */
export function parsePinboard(data: unknown[], problems: Problems): ImportRecord[] {
	return data.flatMap((entry, i): ImportRecord[] => {
		const line = i + 1;
		if (!isObject(entry)) return [];
		const url = webUrl(entry.href, problems, line);
		if (!url) return [];
		return [compact({
			line, url, title: cap(text(entry.description) ?? url, 'title', problems, line),
			notes: multiline(entry.extended),
			topics: list(String(entry.tags ?? ''), /\s+/), status: entry.toread === 'yes' ? 'want' : undefined,
			addedAt: dateField(entry.time, problems, line, 'time'),
		})];
	});
}
