import {compact, list, multiline, Problems, text, cap, webUrl} from '../clean.ts';
import {unixTime} from '../dates.ts';
import {decodeEntities, LineCounter, tokenize} from '../markup.ts';
import {statusFrom} from '../clean.ts';
import type {ImportRecord} from '../types.ts';
import {KINDS, type Kind} from '../../core/types.ts';

/** Top-level containers browsers add on their own: their names are not the user's topics. */
const ROOT_NAMES = new Set([
	'bookmarks bar', 'bookmarks toolbar', 'bookmarks menu', 'other bookmarks', 'mobile bookmarks', 'favorites bar',
	'other favorites', 'favorites', 'favourites', 'bookmarksbar', 'bookmarksmenu',
]);

type Folder = {topic?: string; readingList?: boolean};
/** An open `<DL>`: the topics and reading-list flag of every folder down to it, so a link reads them in O(1). */
type Level = {topics: string[]; readingList: boolean};
type Open = {kind: 'a'; attrs: Record<string, string>; text: string; line: number}
	| {kind: 'h3'; attrs: Record<string, string>; text: string} | {kind: 'dd'; text: string};

/**
 * Netscape bookmark HTML (Firefox, Chrome, Safari, Raindrop, Pinboard, Shaarli, Delicious): every enclosing
 * folder becomes a topic, TAGS are topics, `<DD>` after a link is its note; Safari's Reading List is "want".
 */
export function parseNetscapeHtml(html: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	const stack: Level[] = [];
	const lines = new LineCounter(html);
	let pendingFolder: Folder | undefined;
	let open: Open | undefined;
	let lastLink: ImportRecord | undefined;
	let skipped = 0;
	const finish = () => {
		if (open?.kind === 'a') {
			lastLink = linkRecord(open.attrs, open.text, open.line, stack, problems);
			if (lastLink) records.push(lastLink);
			else skipped++;
		} else if (open?.kind === 'h3') {
			pendingFolder = folderOf(open.attrs, open.text, stack.length);
			lastLink = undefined;
		} else if (open?.kind === 'dd' && lastLink) {
			const note = multiline(decodeEntities(open.text));
			if (note) lastLink.notes = cap(note, 'notes', problems, lastLink.line);
			lastLink = undefined;
		}
		open = undefined;
	};
	for (const token of tokenize(html)) {
		if (token.type === 'text') {
			if (open) open.text += token.text;
			continue;
		}
		if (token.type === 'close') {
			if ((open?.kind === 'a' && token.name === 'a') || (open?.kind === 'h3' && token.name === 'h3')) finish();
			if (token.name === 'dl') { finish(); stack.pop(); }
			continue;
		}
		if (token.name === 'p' || token.name === 'br') continue;
		finish();
		if (token.name === 'a') open = {kind: 'a', attrs: token.attrs, text: '', line: lines.at(token.offset)};
		else if (token.name === 'h3') open = {kind: 'h3', attrs: token.attrs, text: ''};
		else if (token.name === 'dd') open = {kind: 'dd', text: ''};
		else if (token.name === 'dl') { stack.push(level(stack.at(-1), pendingFolder)); pendingFolder = undefined; }
		else if (token.name !== 'dt') lastLink = undefined;
	}
	finish();
	if (skipped > 0) problems.add('URL_NOT_HTTP', `${skipped} bookmarks without a web address (javascript:, place:...) were left out`);
	return records;
}

/** list() caps and dedupes from the front, so capping each level's path gives what the whole path would. */
function level(parent: Level | undefined, folder: Folder | undefined): Level {
	const topics = parent?.topics ?? [];
	return {
		// Past 100 topics list() would keep the same ones: skipping it keeps a 20,000-folder-deep file linear.
		topics: folder?.topic && topics.length < 100 ? list([...topics, folder.topic]) : topics,
		readingList: (parent?.readingList ?? false) || folder?.readingList === true,
	};
}

function folderOf(attrs: Record<string, string>, rawName: string, depth: number): Folder {
	const name = text(decodeEntities(rawName));
	if (attrs.id === 'com.apple.ReadingList') return {readingList: true};
	const isRoot = 'personal_toolbar_folder' in attrs || 'unfiled_bookmarks_folder' in attrs
		|| (depth <= 1 && ROOT_NAMES.has(name?.toLowerCase() ?? ''));
	return isRoot || !name ? {} : {topic: name};
}

function linkRecord(
	attrs: Record<string, string>, rawTitle: string, line: number, stack: Level[], problems: Problems,
): ImportRecord | undefined {
	const url = webUrl(attrs.href, new Problems(), line); // Non-web bookmarks are summed up once, not one by one
	if (!url) return undefined;
	const title = text(decodeEntities(rawTitle)) ?? url;
	const here = stack.at(-1);
	const tags = list(attrs.tags ?? '', ',');
	const topics = tags.length ? list([...(here?.topics ?? []), ...tags]) : [...(here?.topics ?? [])];
	const readingList = here?.readingList === true || attrs.toread === '1' || attrs.toread === 'yes';
	const kind = attrs['data-kind'] as Kind | undefined;
	return compact({
		line, url, title: cap(title, 'title', problems, line), topics,
		status: statusFrom(attrs['data-status']) ?? (readingList ? 'want' : undefined),
		kind: kind && (KINDS as readonly string[]).includes(kind) ? kind : undefined,
		addedAt: unixTime(attrs.add_date),
	});
}
