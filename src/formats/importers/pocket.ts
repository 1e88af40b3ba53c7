import {cap, compact, list, type Problems, rowLink, statusFrom, text, webUrl} from '../clean.ts';
import {readCsv} from '../csv.ts';
import {unixTime} from '../dates.ts';
import {decodeEntities, LineCounter, tokenize} from '../markup.ts';
import type {ImportRecord} from '../types.ts';

/** Pocket's old `ril_export.html`: `<h1>Unread</h1>` / `<h1>Read Archive</h1>` sections are the only status signal. */
export function parsePocketHtml(html: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	const lines = new LineCounter(html);
	let section: 'want' | 'done' = 'want';
	let heading: string | undefined;
	let link: {attrs: Record<string, string>; text: string; line: number} | undefined;
	for (const token of tokenize(html)) {
		if (token.type === 'text') {
			if (link) link.text += token.text;
			else if (heading !== undefined) heading += token.text;
		} else if (token.type === 'open' && token.name === 'h1') heading = '';
		else if (token.type === 'close' && token.name === 'h1' && heading !== undefined) {
			section = /archive|read\b/i.test(heading) && !/unread/i.test(heading) ? 'done' : 'want';
			heading = undefined;
		} else if (token.type === 'open' && token.name === 'a') {
			link = {attrs: token.attrs, text: '', line: lines.at(token.offset)};
		} else if (token.type === 'close' && token.name === 'a' && link) {
			const {attrs, line} = link;
			const url = webUrl(attrs.href, problems, line);
			if (url) {
				const title = text(decodeEntities(link.text)) ?? url;
				records.push(compact({line, url, title: cap(title, 'title', problems, line), status: section,
					topics: list(attrs.tags ?? '', ','), addedAt: unixTime(attrs.time_added)}));
			}
			link = undefined;
		}
	}
	return records;
}

/** Pocket's 2024+ CSV (`title,url,time_added,tags,status`): tags joined by `|`, status unread or archive. */
export function parsePocketCsv(csv: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const {url, skip} = rowLink(cells.url, cells.title, problems, line);
		if (skip) continue;
		records.push(compact({
			line, url, title: cap(text(cells.title) ?? url ?? '', 'title', problems, line),
			topics: list(cells.tags ?? '', '|'), status: statusFrom(cells.status) ?? 'want',
			addedAt: unixTime(cells.time_added),
		}));
	}
	return records;
}
