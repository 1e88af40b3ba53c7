import type {Item} from '../../core/types.ts';
import {escapeHtml} from '../markup.ts';
import {outUrl, unixSeconds} from './cells.ts';

/** Works a bookmarks file cannot hold: those without an http(s) link (a book known by its ISBN). */
export function linkless(items: readonly Item[]): number {
	return items.filter(item => !outUrl(item.url)).length;
}

/**
 * Netscape bookmark HTML that Chrome, Firefox and Safari import. Topics go in TAGS (Firefox keeps them as tags);
 * DATA-STATUS and DATA-KIND are ignored by browsers and read back by Shelfmark; notes become `<DD>`. A bookmark is a
 * link: works without one are left out (`linkless` counts them, for the export to say so).
 */
export function exportNetscapeHtml(items: readonly Item[], folder = 'Shelfmark'): string {
	const lines = [
		'<!DOCTYPE NETSCAPE-Bookmark-file-1>',
		'<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
		'<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
		`<TITLE>Bookmarks</TITLE>`,
		`<H1>${escapeHtml(folder)}</H1>`,
		'<DL><p>',
	];
	for (const item of items) {
		const url = outUrl(item.url);
		if (!url) continue;
		const attrs = [`HREF="${escapeHtml(url)}"`];
		const added = unixSeconds(item.addedAt);
		if (added) attrs.push(`ADD_DATE="${added}"`);
		if (item.topics.length > 0) attrs.push(`TAGS="${escapeHtml(item.topics.map(t => t.replace(/,/g, ' ')).join(','))}"`);
		attrs.push(`DATA-STATUS="${item.status}"`, `DATA-KIND="${item.kind}"`);
		lines.push(`\t<DT><A ${attrs.join(' ')}>${escapeHtml(item.title || url)}</A>`);
		if (item.notes) lines.push(`\t<DD>${escapeHtml(item.notes)}`);
	}
	lines.push('</DL><p>', '');
	return lines.join('\n');
}
