import {httpUrl} from '../../core/url.ts';
import {parseDate} from '../dates.ts';
import {hostInfo, redirectTarget} from './hosts.ts';
import {creatorHeadings, imprintIn} from './catalogue.ts';
import type {Candidate} from './item.ts';
import {each} from '../dom.ts';
import {gridsIn, type GridRow} from './aria-tables.ts';
import {organisation} from './organisation.ts';
import {guessKind, sectionKind} from './kind.ts';
import {AND_WORDS, personNames, sortedNames} from './names.ts';
import {EDITORS_MARK, parsePeople, splitNames} from './people.ts';
import {firstSegments, type Segment} from './segments.ts';
import {cleanTitle, squash, YEAR, YEAR_ALONE, YEAR_WORD} from './text.ts';

/** Headers of a title column: what the rows are (`Book`, `Course`, `Resource`), or just their names. */
// (and as tables head them in the languages of Europe, Vietnam, Korea and Russia: `Título`, `Khóa học`, `제목`, `Курс`)
export const TITLE_WORDS = ['title', 'book', 'name', 'work', 'course', 'resource', 'paper', 'reading', 'talk',
	'资源', '资料', '书名', '书', '标题', '作品', '名称', '课程', '论文', 'タイトル', '書名', '書籍', '論文',
	'título', 'titre', 'titel', 'titolo', 'libro', 'livre', 'buch', 'livro', 'curso', 'cours', 'kurs', 'corso',
	'tên sách', 'sách', 'khóa học', 'tài liệu', '제목', '도서', '책', '강의', 'название', 'книга', 'курс',
	// (and in Arabic, Persian and Urdu: `کتاب`, `عنوان`)
	'كتاب', 'الكتاب', 'کتاب', 'عنوان', 'العنوان',
	// (and in the Slavic, Baltic and Finnic languages: `Názov`, `Tytuł`, `Naslov`, `Nosaukums`, `Pealkiri`)
	'názov', 'název', 'kniha', 'tytuł', 'książka', 'naslov', 'knjiga', 'наслов', 'назва', 'pavadinimas', 'nosaukums',
	'pealkiri', 'raamat', 'nimeke', 'kirja'];
/**
 * Header cells that name a table's columns of works (`Title | Author(s) | Publisher | Year`, `书名 | 作者`,
 * `Course | Platform | Instructor`): a course's platform is its provider, its instructors its people.
 */
type Column = 'title' | 'authors' | 'translators' | 'publisher' | 'provider' | 'year' | 'venue' | 'type' | 'link';
const COLUMNS: [key: Column, head: RegExp][] = [
	['title', new RegExp(`^(?:${TITLE_WORDS.join('|')})s?$`, 'i')],
	// (and a table of talks who gave each: its speakers; not a reading group's `Presenter`, who presents another's
	// paper)
	['authors', new RegExp(`^(?:${[
		'authors?', 'by', 'writers?', 'creators?', 'instructors?', 'teachers?', 'speakers?',
		'(?:written|taught|authored) by', 'who', 'autoría', 'autoria', '作者', '著者', '作家', '讲师', '主讲',
		'autor(?:es|en)?', 'auteurs?', 'autori?', 'autore', 'tác giả', 'giảng viên', '저자', '강사', 'авторы?',
		'преподаватель', 'مصنف', 'مؤلف', 'المؤلف', 'الكاتب', 'نویسنده', 'autorius', 'autors',
		'kirjoittaja',
		// (a film's maker, in a table of films: its director, `Režie`, `Regie`, `Réalisation`, `导演`, `監督`)
		'directors?', 'directed by', 'regie', 'režie', 'réžia', 'réalisation', 'regia', 'dirección', 'direção',
		'direcció',
		'reżyseria', 'reżyser', 'режиссёр', 'режиссер', 'режисер', 'rendező', 'ohjaaja', 'regissör', 'instruktør',
		'yönetmen', 'đạo diễn', '导演', '導演', '監督', '감독'].join('|')})$`, 'i')],
	// (a translated book's translators in a column of their own, `译者`: no authors of it)
	['translators', /^(?:translators?|译者|譯者|訳者|역자|переводчики?)$/i],
	// Where a talk was given (`Strange Loop 2014`): its year is the talk's, the event no publisher
	['venue', /^(?:events?|venues?|conferences?)$/i],
	// What each row is (`Book`, `Course`, `Tool`: a database's select column) and where it is (`Link`, `URL`)
	['type', /^(?:type|kind|format|category|类型|类别)$/i],
	['link', /^(?:links?|url|address|链接|地址)$/i],
	['publisher',
		new RegExp(`^(?:${['publishers?', '出版社', '出版信息', '出版', 'editorial', 'éditeur', 'verlag', 'editora', 'editore',
			'nhà xuất bản', 'издательство', 'ناشر', 'الناشر', 'vydavateľstvo', 'vydavatelství', 'nakladatelství',
			'nakladateľstvo', 'wydawnictwo', 'wydawca', 'izdavač', 'založba', 'видавництво', 'издавач', 'kirjastus',
			'izdevniecība', 'leidykla', 'kustantaja'].join('|')})$`, 'i')],
	['provider', /^(?:platforms?|providers?|平台|plataforma|plateforme|plattform|piattaforma|nền tảng|플랫폼|платформа)$/i],
	// (a catalogue's `Publication` or `Imprint`: `New York : Crown, [2016]`)
	// (Goodreads' `date pub`, a date to the day: `Oct 20, 1999`)
	// (`سنِ اشاعت`, the year of publication, in Urdu; `سال`, year, in Persian and Urdu)
	// (`发表`, where a paper was published: `OSDI 2004`, its year the work's)
	['year', new RegExp(`^(?:${['year', 'published', 'publication', 'imprint', 'date(?: pub(?:lished)?)?', '出版年', '出版时间',
		'发表', '發表', '発売年', '発行年', '刊行年',
		'年份', 'año', 'année', 'jahr', 'anno', 'ano', 'năm', '연도', 'год', 'سال', 'سنِ? ?اشاعت', 'سنة النشر', 'rok',
		'godina', 'година', 'рік', 'metai', 'gads', 'aasta', 'vuosi'].join('|')})$`,
	'i')],
];

/** A cell giving a year and its month alone (`2018-09`, `2014.6`, `2013/05`, `2019年12月`). */
const YEAR_MONTH = new RegExp(String.raw`^(${YEAR})\s*[-./年]\s*(0?[1-9]|1[0-2])\s*月?$`, 'u');

/**
 * A header naming two things at once (`Author / Creator`, `Location & format`), as catalogues head their columns:
 * each part is a name of the column.
 */
// (Japanese joins them by a middle dot, `著者・訳者`, other languages by their `and`: `Editore e anno`)
const HEAD_JOIN = new RegExp(`\\s*[/&・]\\s*|\\s+(?:${AND_WORDS}|и|và)\\s+`, 'u');
const headParts = (head: string) => [head, ...head.split(HEAD_JOIN).filter(Boolean)];

/**
 * A cell read without the `<label>` it opens with, naming its column for a narrow screen (Goodreads' shelf table:
 * `<td><label>title</label><div class="value">…</div></td>`): the label is no part of the value.
 */
function valueOf(cell: Element | undefined): Element | undefined {
	if (cell?.firstElementChild?.tagName !== 'LABEL' || cell.firstElementChild.previousSibling?.textContent?.trim()) {
		return cell;
	}
	const value = cell.cloneNode(true) as Element;
	value.firstElementChild!.remove();
	return value;
}

/** A cell's lines, as its `<br>`s break them (a catalogue's creators, one a line; its location, then its format). */
function cellLines(cell: Element | undefined): string[] {
	const lines = [''];
	const walk = (node: Node, depth: number) => {
		for (const child of each(node.childNodes, 500)) {
			if (child.nodeName === 'BR') lines.push('');
			else if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? '';
			else if (depth < 8) walk(child, depth + 1);
		}
	};
	const value = valueOf(cell);
	if (value) walk(value, 0);
	return lines.map(squash).filter(Boolean);
}

/**
 * A title cell's edition statement after its linked title (`<a>Introduction to algorithms</a> Fourth edition.`),
 * as catalogues print it: no part of the title.
 */
const EDITION_AFTER = /^(?:\p{L}+|\d+(?:st|nd|rd|th)?)\s+(?:edition|ed)\.?$/iu;

/** A title cell's imprint in brackets after its linked title (`<a>Title</a> (Cambridge University Press, 2008)`). */
const IMPRINT_AFTER = new RegExp(String.raw`^[(（]\s*([^()（）,，\d]{2,60}?)\s*[,，]\s*(${YEAR})\s*[)）]$`, 'u');

/** The text of a title cell's one link, and what follows it. */
function linkedOf(cell: Element | undefined): {linked: string; rest: string} {
	const text = squash(valueOf(cell)?.textContent ?? '');
	const links = cell?.querySelectorAll('a[href]');
	const linked = links?.length === 1 ? squash(links[0]!.textContent ?? '') : '';
	return {linked, rest: linked ? text.replace(linked, '').trim() : text};
}

/** A term of a course's run, as its notes name it (`Fall 2014`, `Spring 2020`). */
const TERM_IN_ROW = new RegExp(String.raw`\b(?:Spring|Summer|Fall|Autumn|Winter)\s+(${YEAR})\b`);
/** A note after a title cell's link: a bracket of words with no digit, or a dash and words in lowercase. */
const TITLE_NOTE = /^(?:[(（][^()（）\d]{2,40}[)）]|[—–-]\s+\p{Ll}[\p{L}\s]{0,40})$/u;

/** The title a title cell gives: its text, or its one link's when the rest is an edition statement or an imprint. */
function titleOf(cell: Element | undefined): string {
	const text = squash(valueOf(cell)?.textContent ?? '');
	const {linked, rest} = linkedOf(cell);
	// (and an edition in brackets closing the title, `Title (2nd ed.)`, as lists close it; not `（第3版）`, which
	// Chinese catalogues keep in the title)
	// (or a note on it: where it is from in brackets, `(Stanford)`, or what it is after a dash, `— lecture playlist`)
	// (a title in 《》 is all the title: `《MySQL实战45讲》（极客时间专栏）`)
	const marked = /^[^《》]*《([^《》]+)》[^《》]*$/u.exec(text)?.[1];
	const noted = EDITION_AFTER.test(rest) || IMPRINT_AFTER.test(rest) || TITLE_NOTE.test(rest);
	return cleanTitle(marked ?? (linked && noted ? linked : text))
		.replace(/\s*\((?:\p{L}+|\d+(?:st|nd|rd|th)?)\s+(?:edition|ed\.?)\)$/iu, '');
}

/** A name's role written after it, as Chinese catalogues credit people (`A 著`, `B 译`, `A、B 等著`). */
const POSTFIX_ROLE = /\S\s*等?(?:编著|著|合?译|譯|訳|主?编)(?=$|[\s；;，,])/u;

/** A row's type naming a repository, as a database's select column abbreviates it (`Repo`, `Repository`). */
const REPOSITORY = /^(?:repo|repository)$/i;
/** What a row's type cell says it is: a kind of work, or a repository named so. */
const rowKind = (text: string) => (REPOSITORY.test(text) ? 'repository' as const : sectionKind(text));

/**
 * A publisher's cell closing on the year after a comma (`O'Reilly, 2016`, `Addison-Wesley, 2020`, `机械工业出版社，2021`).
 */
const PUBLISHER_YEAR = new RegExp(String.raw`^(\D+?)\s*[,，]\s*(${YEAR})$`);

/** An aside in brackets closing a cell (`(2.ª ed.)`, `(trad. comunitaria, PDF)`). */
const CLOSING_ASIDE = /(?<=\S)\s*[(（][^()（）]*[)）]$/u;

/** A cell saying it has no value: empty, or a dash. */
const BLANK = /^[—–-]?$/;

/** A cell holding one thing set apart, whole: its link, or its title in italics or bold (`<a><em>Metai</em></a>`). */
function apart(text: string, cell: Element): boolean {
	const el = cell.querySelector('a[href], em, i, cite, strong, b');
	return text.length >= 2 && !!el && squash(el.textContent ?? '') === text;
}

/**
 * Columns told by what their cells hold where their heads are in words no list knows (`பெயர் | வகை | யார் | ஆண்டு`,
 * `Nr. | Autorius | Kūrinys | Leidykla, metai`): the title's cells each one link or a title set apart (few a name),
 * the people's names (or a blank), the year's a year or `House, Year` (or a blank). Only under a header row of header
 * cells over three rows or more; the people's column only where no head is known at all (a `Presenter` column's names
 * are no authors).
 */
function columnsByCells(rows: GridRow[], known: Record<string, number>): Partial<Record<Column, number>> {
	const body = rows.slice(1);
	const head = rows[0]?.cells ?? [];
	if (body.length < 3 || !head.length || !head.every(cell => cell.tagName === 'TH')) return {};
	const share = (k: number, test: (text: string, cell: Element) => boolean) => body.filter(row => {
		const cell = row.cells[k];
		return !!cell && test(squash(cell.textContent ?? ''), cell);
	}).length / body.length;
	const filled = (k: number) => share(k, text => !BLANK.test(text));
	const titled = (text: string, cell: Element) => apart(text, cell)
		|| (text.length >= 2 && cell.querySelectorAll('a[href]').length === 1);
	const titles = known.title! >= 0 ? known.title! : head.findIndex((_, k) => k !== known.authors
		&& share(k, titled) >= 0.8 && share(k, text => !!personNames(text)) < 0.5);
	const named = (k: number) => share(k, text => BLANK.test(text) || !!personNames(text)) >= 0.8;
	const none = Object.values(known).every(k => k < 0);
	const people = known.authors! >= 0 ? known.authors!
		: none ? head.findIndex((_, k) => k > titles && named(k) && filled(k) >= 0.6) : -1;
	if (titles < 0 || people < 0) return {};
	const dated = (text: string) => BLANK.test(text) || YEAR_ALONE.test(text) || PUBLISHER_YEAR.test(text);
	const year = known.year! >= 0 ? known.year! : head.findIndex((_, k) => k !== titles && k !== people
		&& share(k, dated) >= 0.8 && filled(k) >= 0.5);
	// (a column of `House, Year` cells is the publisher's too)
	const house = year >= 0 && known.publisher! < 0 && share(year, text => PUBLISHER_YEAR.test(text)) > 0;
	return {title: titles, authors: people, ...(year >= 0 ? {year} : {}), ...(house ? {publisher: year} : {})};
}

/**
 * Works a post lists as table rows under a header naming the title and author columns: each row is one work, its
 * people, publisher and year read from its own cells. `seg` is the row's title cell's segment, to keep page order.
 */
export function tableCandidates(root: Element, segs: Segment[], base: string): Candidate[] {
	const out: Candidate[] = [];
	let segAt: Map<string, number> | undefined;
	// (drawn with table elements or with ARIA roles: aria-tables.ts)
	for (const rows of gridsIn(root)) {
		// `Author(s)` is `Authors`, `Autor(es)` `Autores`, `Autor(a)` `Autora`: a plural's or a feminine's ending
		const head = [...each(rows[0]?.cells ?? [])]
			.map(cell => squash(cell.textContent ?? '').replace(/[:：]$/, '').replace(/(?<=\p{L})\((\p{Ll}{1,3})\)$/u, '$1'));
		const column = Object.fromEntries(COLUMNS.map(([key, test]) =>
			[key, head.findIndex(h => headParts(h).some(part => test.test(part)))]));
		if (column.title! < 0 || column.authors! < 0) Object.assign(column, columnsByCells(rows, column));
		if (column.title! < 0 || column.authors! < 0) continue;
		// (two columns headed as the house's, `出版社` then `出版` (published): the second says when, as its cells do)
		const house = COLUMNS.find(([key]) => key === 'publisher')![1];
		const when = column.year! < 0 && column.publisher! >= 0
			? head.findIndex((h, k) => k > column.publisher! && house.test(h)) : -1;
		if (when >= 0) column.year = when;
		// (a column headed by its type alone says what each row is; one that shares its head, `Location & format`,
		// may say nothing on a row)
		const typed = column.type! >= 0 && COLUMNS.find(([key]) => key === 'type')![1].test(head[column.type!]!);
		// What the title column is headed (`Book`, `Course`) says what its rows are
		const section = sectionKind(head[column.title!]!);
		for (const row of rows.slice(1)) {
			const cell = (key: string) => squash(valueOf(row.cells[column[key]!])?.textContent ?? '');
			const named = titleOf(row.cells[column.title!]);
			// (a row whose type names no kind of work, a tool or a site, is none: `Excalidraw | Tool`; a cell's last
			// line names its format, after where it is: `Engineering Library, New Books shelf<br>Book`)
			const stated = column.type! >= 0
				? cellLines(row.cells[column.type!]).reverse().map(rowKind).find(Boolean) : undefined;
			const type = column.type! >= 0 ? stated : section;
			// (a repository the row names as one, `REPO`, is a work; a row of tools or libraries is none)
			const repository = type === 'repository' && REPOSITORY.test(cell('type'));
			// (a title cell linking several works, `<a>A</a> / <a>B</a>`, is no one row's title: its links are read
			// alone)
			const several = (row.cells[column.title!]?.querySelectorAll('a[href]').length ?? 0) > 1;
			if (named.length < 2 || several
				|| (typed && cell('type') && (!type || (type === 'repository' && !repository)))) {
				continue;
			}
			// A catalogue's row: a creator heading a line, an ISBD imprint; its title's ` : ` parts a subtitle
			const headings = creatorHeadings(cellLines(row.cells[column.authors!]));
			const imprint = imprintIn(cell('year'));
			const title = headings || imprint ? named.replace(/\s+:\s+/g, ': ') : named;
			// (a people's cell closing on an editors' mark, `A, B (eds.)`, names editors; names sorted surname first,
			// `Hunt, Andy`, a footnote's asterisk after them: `Kim, Gene *`)
			const edited = !headings && EDITORS_MARK.test(cell('authors'));
			const sorted = edited ? undefined : sortedNames(cell('authors').replace(/[\s*]+$/, ''));
			// (a cell crediting each name by its role after it, `[美] A 著；B 译`, `A、B 等著`, as catalogues do)
			// (its lines apart: `A 著<br>B 訳`)
			const broken = row.cells[column.authors!]?.querySelector('br');
			const marked = !headings && POSTFIX_ROLE.test(cell('authors')) ? parsePeople(broken
				? cellLines(row.cells[column.authors!]).map(squash).join('\n') : cell('authors')) : undefined;
			// (a people's cell may name an organisation alone, `PortSwigger`, or after the names in brackets, `A, B
			// (MIT OpenCourseWare)`: who gives the work, its publisher, no person: organisation.ts)
			const org = headings || marked || sorted ? undefined : organisation(cell('authors'));
			const people = headings?.authors ?? marked?.authors ?? sorted ?? org?.people
				?? splitNames(cell('authors'), false, true);
			const authors = edited ? [] : people;
			// (a column of their own, not one shared with the authors', `作者 / 译者`)
			const translators = column.translators! >= 0 && column.translators !== column.authors
				? splitNames(cell('translators'), false, true) : [];
			// (the link column's address before the title's own link, which may be an exported sub-page's)
			const linked = (key: string) => row.cells[column[key]!]?.querySelector('a[href]')?.getAttribute('href');
			const href = httpUrl(column.link! >= 0 ? linked('link') : undefined, base)
				?? httpUrl(linked('title'), base);
			const url = href && redirectTarget(href).href;
			// (a publisher's cell may close on the year, as a citation does: `O'Reilly, 2016`)
			// (or one column holds both, `出版社 / 年份`)
			// (an aside in brackets after them is neither's: `O'Reilly, 2013 (2.ª ed.)`)
			const imprinted = column.year! < 0 || column.year === column.publisher
				? PUBLISHER_YEAR.exec(cell('publisher').replace(CLOSING_ASIDE, '')) : null;
			// A format cell may go on to the publisher and the year after the kind it names (`Book, O’Reilly 2019`,
			// `Blog post, 2013`), as a year column would
			const format = stated ? /^[^,\d]+,\s*(?:([^,\d]+?)\s+)?((?:19|20)\d\d)$/.exec(cell('type')) : undefined;
			// (a cell that is a date to the day alone, as precise as written: `Oct 20, 1999`)
			const date = /^[\p{L}\d\s.,/-]+$/u.test(cell('year'))
				? /^\d{4}-\d\d-\d\d$/.exec(parseDate(cell('year')) ?? '')?.[0] : undefined;
			// (or the title cell's, in brackets after its linked title)
			const after = IMPRINT_AFTER.exec(linkedOf(row.cells[column.title!]).rest);
			// (or a year and its month alone, to the month: `2018-09`, `2014.6`, `2019年12月`)
			const month = YEAR_MONTH.exec(cell('year'));
			const monthly = month ? `${month[1]}-${month[2]!.padStart(2, '0')}` : undefined;
			const year = imprint?.year ?? date ?? monthly ?? YEAR_WORD.exec(cell('year'))?.[0] ?? imprinted?.[2]
				?? format?.[2] ?? /\b(?:19|20)\d\d\b/.exec(column.venue! >= 0 ? cell('venue') : '')?.[0] ?? after?.[2];
			// A `Published` cell may name the publisher before the year (`O'Reilly, 2017`), not a month (`March 2017`)
			const before = year && cell('year').split(year)[0]!.replace(/[\s,，(（]+$/, '');
			// (a column giving both, `House, Year`, may give a year alone: no house)
			// (nor its aside in brackets after the house: `Springer (trad. comunitaria, PDF)`)
			const houseCell = YEAR_ALONE.test(cell('publisher')) ? '' : cell('publisher').replace(CLOSING_ASIDE, '');
			const publisher = imprinted?.[1] || houseCell || imprint?.publisher || format?.[1] || after?.[1]
				// (in a table of papers, it is the venue, no house: `OSDI 2004`)
				|| (before && section !== 'paper' && !/\d|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(before)
					? before : undefined)
				|| org?.publisher;
			const contributors = headings?.contributors ?? (edited ? people.map(name => ({name, role: 'editor'}))
				: [...marked?.contributors ?? [], ...translators.map(name => ({name, role: 'translator'}))]);
			const bib = {authors, contributors, publisher};
			// The first segment with the title cell's text (looked up, not searched per row)
			segAt ??= firstSegments(segs, s => /^T[DH]$/.test(s.tag));
			const seg = segAt.get(cell('title')) ?? -1;
			// (the row's filled cells are consecutive segments, the title's among them)
			const filled = [...each(row.cells)].map(c => squash(c.textContent ?? '')).filter(Boolean);
			const first = seg - filled.indexOf(cell('title'));
			const text = squash(row.textContent ?? '');
			// (a format the row states, `Video (DVD)`, outweighs what its publisher suggests)
			// (an organisation giving the work says nothing of its kind, as a house would: the section's heading does)
			const kindBib = org?.publisher === publisher ? {...bib, publisher: undefined} : bib;
			// (and a table's rows with no kind of their own are what its section lists: `<h2>Filmy</h2>`)
			const heading = seg >= 0 ? sectionKind(segs[seg]!.heading) : undefined;
			// (where nothing in the table says what its rows are, the address may: a video's, a repository's)
			const host = href && !type && !heading ? hostInfo(redirectTarget(href)) : undefined;
			const kind = stated ?? guessKind({title, near: text, bib: kindBib, section: type ?? heading, host});
			const c: Candidate = {title, kind, seg,
				context: text.slice(0, 300), ...(url ? {url} : {}),
				...(seg >= 0 ? {cells: [first, first + filled.length - 1] as [number, number]} : {})};
			if (authors.length) c.authors = authors;
			if (contributors.length) c.contributors = contributors;
			// (a course is given, not published, and a repository hosted: the cell names where, `Coursera`, `GitHub`)
			const given = (c.kind === 'course' || c.kind === 'repository') && !imprinted
				&& bib.publisher === cell('publisher');
			if (bib.publisher && !given) c.publisher = bib.publisher;
			// (a course's row may date its run by the term its notes name: `Fall 2014 recordings`)
			const term = year || (c.kind !== 'course' && c.kind !== 'video') ? undefined
				: TERM_IN_ROW.exec(filled.join(' '))?.[1];
			if (year ?? term) c.publishedAt = (year ?? term)!;
			if (cell('provider') || given) c.provider = cell('provider') || bib.publisher;
			out.push(c);
		}
	}
	return out;
}
