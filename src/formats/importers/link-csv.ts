import {cap, compact, list, multiline, type Problems, rowLink, statusFrom, text, webUrl} from '../clean.ts';
import {readCsv} from '../csv.ts';
import {dateField, isoDate, unixTime} from '../dates.ts';
import {normalizeId} from '../../core/ids.ts';
import type {ImportRecord} from '../types.ts';

const INSTAPAPER_FOLDERS = new Set(['unread', 'archive', 'starred']);

/**
 * Instapaper CSV (old `URL,Title,Selection,Folder` and newer `Timestamp`, JSON `Tags`): Archive is done,
 * user folders are topics.
 */
export function parseInstapaperCsv(csv: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const {url, skip} = rowLink(cells.URL, cells.Title, problems, line);
		if (skip) continue;
		const folder = text(cells.Folder) ?? '';
		let tags: unknown[] = [];
		try {
			const parsed: unknown = JSON.parse(cells.Tags || '[]');
			if (Array.isArray(parsed)) tags = parsed;
		} catch {
			tags = list(cells.Tags ?? '', ','); // Hand-edited files write plain lists
		}
		records.push(compact({
			line, url, title: cap(text(cells.Title) ?? url ?? '', 'title', problems, line),
			notes: multiline(cells.Selection), status: folder.toLowerCase() === 'archive' ? 'done' : 'want',
			topics: list([INSTAPAPER_FOLDERS.has(folder.toLowerCase()) ? undefined : folder, ...tags]),
			addedAt: unixTime(cells.Timestamp),
		}));
	}
	return records;
}

/** Raindrop.io CSV: `folder` is the collection path (`Parent/Child`, each a topic), tags are a comma list. */
export function parseRaindropCsv(csv: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const {url, skip} = rowLink(cells.url, cells.title, problems, line);
		if (skip) continue;
		const folders = list(cells.folder ?? '', '/').filter(folder => folder.toLowerCase() !== 'unsorted');
		records.push(compact({
			line, url, title: cap(text(cells.title) ?? url ?? '', 'title', problems, line),
			notes: multiline(cells.note), description: text(cells.excerpt),
			topics: list([...folders, ...list(cells.tags ?? '', ',')]),
			image: webUrl(cells.cover, problems, line, 'cover'),
			addedAt: dateField(cells.created, problems, line, 'created'), status: statusFrom(cells.status),
		}));
	}
	return records;
}

/**
 * The Douban subject id of a `douban.com/subject/<n>/` page, kept as `douban:<n>`
 * (a book is one subject on every Douban page).
 */
function doubanId(url: string): string | undefined {
	const subject = /^https?:\/\/(?:\w+\.)?douban\.com\/subject\/(\d+)/.exec(url)?.[1];
	return subject ? normalizeId('douban', subject) : undefined;
}

/**
 * Douban book marks as doumark-action writes them: one shelf per file, zone-less Beijing times,
 * `card` = author / year / publisher. The subject page stays the link and its number the `douban:` id.
 */
export function parseDoubanCsv(
	csv: string, problems: Problems, status: ImportRecord['status'] = 'done',
): ImportRecord[] {
	const records: ImportRecord[] = [];
	for (const {line, cells} of readCsv(csv, problems, ',').rows) {
		const {url, skip} = rowLink(cells.url, cells.title, problems, line);
		if (skip) continue;
		const card = (cells.card ?? '').split(' / ').map(part => part.trim());
		const markedAt = dateField(cells.star_time, problems, line, 'star_time', '+08:00');
		const star = Number(cells.star);
		records.push(compact({
			line, url, kind: 'book', title: cap(text(cells.title) ?? url ?? '', 'title', problems, line),
			ids: [url && doubanId(url)].filter((id): id is string => Boolean(id)),
			description: multiline(cells.intro)?.slice(0, 5000), image: webUrl(cells.poster, problems, line, 'poster'),
			publishedAt: isoDate(cells.pubdate), // Douban's own data: a bad date here is not the user's to fix
			authors: card.length >= 3 ? list((card[0] ?? '').replace(/\s+/g, ' '), / ?, ?|、/) : [],
			publisher: card.length >= 3 ? text(card.at(-1)) : undefined,
			rating: star >= 1 && star <= 5 ? (star as 1 | 2 | 3 | 4 | 5) : undefined, notes: multiline(cells.comment),
			topics: list(cells.tags ?? '', /[,，]/), status, addedAt: markedAt,
			finishedAt: status === 'done' ? markedAt : undefined,
		}));
	}
	return records;
}
