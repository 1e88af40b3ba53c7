import {httpUrl} from '../../core/url.ts';
import type {Candidate} from './item.ts';
import {each} from '../dom.ts';
import {guessKind, sectionKind} from './kind.ts';
import {splitNames} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, squash} from './text.ts';

/** Headers of a title column: what the rows are (`Book`, `Course`, `Resource`), or just their names. */
const TITLE_WORDS = ['title', 'book', 'name', 'work', 'course', 'resource', 'paper', 'reading', 'talk',
	'资源', '资料', '书名', '书', '标题', '作品', '名称', '课程', 'タイトル', '書名'];
/**
 * Header cells that name a table's columns of works (`Title | Author(s) | Publisher | Year`, `书名 | 作者`,
 * `Course | Platform | Instructor`): a course's platform is its provider, its instructors its people.
 */
const COLUMNS: [key: 'title' | 'authors' | 'publisher' | 'provider' | 'year' | 'type' | 'link', head: RegExp][] = [
	['title', new RegExp(`^(?:${TITLE_WORDS.join('|')})s?$`, 'i')],
	['authors', /^(?:authors?|by|writers?|creators?|instructors?|teachers?|(?:written|taught|authored) by|作者|著者|作家|讲师|主讲)$/i],
	// What each row is (`Book`, `Course`, `Tool`: a database's select column) and where it is (`Link`, `URL`)
	['type', /^(?:type|kind|format|category|类型|类别)$/i],
	['link', /^(?:links?|url|address|链接|地址)$/i],
	['publisher', /^(?:publishers?|出版社)$/i],
	['provider', /^(?:platforms?|providers?|平台)$/i],
	['year', /^(?:year|published|date|出版年|出版时间|年份)$/i],
];

/**
 * Works a post lists as table rows under a header naming the title and author columns: each row is one work, its
 * people, publisher and year read from its own cells. `seg` is the row's title cell's segment, to keep page order.
 */
export function tableCandidates(root: Element, segs: Segment[], base: string): Candidate[] {
	const out: Candidate[] = [];
	let segAt: Map<string, number> | undefined;
	for (const table of each(root.getElementsByTagName('table'), 20)) {
		const rows = [...each(table.rows, 300)];
		// `Author(s)` is `Authors`
		const head = [...each(rows[0]?.cells ?? [])]
			.map(cell => squash(cell.textContent ?? '').replace(/[:：]$/, '').replace(/\(s\)$/i, 's'));
		const column = Object.fromEntries(COLUMNS.map(([key, test]) => [key, head.findIndex(h => test.test(h))]));
		if (column.title! < 0 || column.authors! < 0) continue;
		// What the title column is headed (`Book`, `Course`) says what its rows are
		const section = sectionKind(head[column.title!]!);
		for (const row of rows.slice(1)) {
			const cell = (key: string) => squash(row.cells[column[key]!]?.textContent ?? '');
			const title = cleanTitle(cell('title'));
			// (a row whose type names no kind of work, a tool or a site, is none: `Excalidraw | Tool`)
			const type = column.type! >= 0 ? sectionKind(cell('type')) : section;
			if (title.length < 2 || (column.type! >= 0 && cell('type') && (!type || type === 'repository'))) continue;
			const authors = splitNames(cell('authors'), false, true);
			// (the link column's address before the title's own link, which may be an exported sub-page's)
			const linked = (key: string) => row.cells[column[key]!]?.querySelector('a[href]')?.getAttribute('href');
			const url = httpUrl(column.link! >= 0 ? linked('link') : undefined, base)?.href
				?? httpUrl(linked('title'), base)?.href;
			const year = /\b(?:1[5-9]|20)\d\d\b/.exec(cell('year'))?.[0];
			// A `Published` cell may name the publisher before the year (`O'Reilly, 2017`), not a month (`March 2017`)
			const before = year && cell('year').split(year)[0]!.replace(/[\s,，(（]+$/, '');
			const publisher = cell('publisher') || (before && !/\d|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(before) ? before : undefined);
			const bib = {authors, contributors: [], publisher};
			// The first segment with the title cell's text (looked up, not searched per row)
			segAt ??= segs.reduceRight((map, s, i) => map.set(s.text, i), new Map<string, number>());
			const seg = segAt.get(cell('title')) ?? -1;
			// (the row's filled cells are consecutive segments, the title's among them)
			const filled = [...each(row.cells)].map(c => squash(c.textContent ?? '')).filter(Boolean);
			const first = seg - filled.indexOf(cell('title'));
			const text = squash(row.textContent ?? '');
			const c: Candidate = {title, kind: guessKind({title, near: text, bib, section: type}), seg,
				context: text.slice(0, 300), ...(url ? {url} : {}),
				...(seg >= 0 ? {cells: [first, first + filled.length - 1] as [number, number]} : {})};
			if (authors.length) c.authors = authors;
			if (bib.publisher) c.publisher = bib.publisher;
			if (year) c.publishedAt = year;
			if (cell('provider')) c.provider = cell('provider');
			out.push(c);
		}
	}
	return out;
}
