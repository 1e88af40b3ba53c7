import type {HarvestItem, Kind} from '../../core/types.ts';
import {bibIn, citationIn, creditLine, fullName, hasBib, parseReference, publisherIn, type Bib} from './biblio.ts';
import {parseCitation} from './citation.ts';
import {invertedName, invertedNames} from './inverted.ts';
import {slashed} from './slashed.ts';
import {COURSE_PLATFORMS, hostInfo, isChromeLink, type HostInfo} from './hosts.ts';
import {cleanName} from './people.ts';
import {fill} from './merge.ts';
import {guessKind, kindFromWords} from './kind.ts';
import type {LinkSpan, Segment, Span} from './segments.ts';
import {cleanTitle, EDITION, HAN, isGenericText, sentenceAround, stripNumbering} from './text.ts';

/** A harvested item before de-duplication, remembering where it was found. */
export type Candidate = HarvestItem & {
	provider?: string; seg: number; unlinked?: boolean; order?: Order; other?: Candidate;
	/** Read `Name, Title` with nothing but its list to say so (no heading naming works, no year, no italics). */
	weak?: boolean;
	/** A table row's reading (tables.ts): the first and last segments of its filled cells. */
	cells?: [number, number];
	/** A lone word after a dash read as the publisher (`Title — Heinemann`): kept if the list repeats it (index.ts). */
	tentative?: string;
	/** Beside an author-first reading of such a line (title `Heinemann`), the title-first one with that publisher. */
	imprint?: Candidate;
	/**
	 * Han names read where a list item's people stand that open with no common surname (a pen name: `路遥`): its authors
	 * when the list's other items name theirs (index.ts).
	 */
	unproven?: string[];
	/** One surname alone where a list item's people stand (`Code Complete (McConnell)`): its author if its list agrees. */
	surnames?: string[];
};
/**
 * How an unlinked `A – B` list item was read: `author` when only A reads as names (`Cal Newport – Sapiens`), `either`
 * when both do (`Cal Newport – Deep Work`: read title first, the author-first reading in `other`), `colon` for
 * `Cal Newport: Deep Work` (a title's subtitle follows a colon too). The list's other items settle it (index.ts).
 */
export type Order = 'author' | 'either' | 'colon';
/** What the harvester knows about the section a segment sits in. */
export type Context = {
	page: URL; seg: number; refSection: boolean; section?: Kind; afterHeading: boolean; toolSection?: boolean;
};

const LEADS = /^(?:LI|DT|DD|H[2-6]|TD)$/;
/** Words that say a line names a work (regex fragments: `curricul(?:um|a)`), each also as a plural. */
const WORKS = ['book', 'course', 'tutorial', 'talk', 'keynote', 'paper', 'podcast', 'handbook', 'guide', 'lecture',
	'video', 'curricul(?:um|a)', 'lesson', 'workshop', 'textbook', String.raw`\d+(?:st|nd|rd|th) edition`];
const CUE = new RegExp(String.raw`《|书|课程|专栏|教程|演讲|论文|播客|讲义|教材|\b(?:${WORKS.join('|')})s?\b`, 'i');
/** Where papers are put: a PDF, a publications list's page (`/pubs/…`, `/papers/…`). */
const PAPER_PATH = /\.pdf$|\/(?:pubs?|papers?|publications?)\//i;
const BADGES = /^\s*(?:\p{Extended_Pictographic}\u{FE0F}?\s*)+/u;
/** A year in brackets right after a linked title, maybe after its venue (`(2016)`, `(CHI 2008)`). */
const VENUE_YEAR = /^\s*[(（](?:\p{Lu}[\p{L}&-]*\s+){0,3}((?:19|20)\d{2})[)）]/u;
/** Stores that sell everything: their page is a book's only where the line or the section says so. */
const GENERAL_STORES = /^(?:Amazon|京东)$/;
const BOOKISH_REPO = /handbook|book|guide|tutorial|awesome|course|primer|cookbook|手册|指南|教程|书|课程|推荐|学习/i;
/** What a curated list says a tool or a site is (`Docker - Container platform`, `HN - A news site`). */
const TOOLS = ['platform', 'tool(?:kit)?s?', 'library', 'framework', 'site', 'website', 'app', 'application', 'service',
	'engine', 'editor', 'ide', 'cli', 'api', 'sdk', 'database', 'plugin', 'extension', 'community', 'forum', 'news',
	'aggregator', 'search', 'package', 'runtime', 'compiler', 'linter'];
const TOOL = new RegExp(String.raw`\b(?:${TOOLS.join('|')})\b|工具|平台|网站|社区|框架|库|编辑器|文档|插件|浏览器|数据库|引擎`, 'i');
/** What a full name may own (`Kyle Simpson's book series`). */
const OWNED = ['book', 'course', 'talk', 'lecture', 'series', 'class', 'tutorial', 'guide', 'handbook', 'keynote',
	'paper', 'podcast', 'video', 'notes'];
const OWNER = new RegExp(String.raw`^\s*[-–—:：]\s*((?!(?:The|A|An|Our|My)\s)\p{Lu}[\p{L}.-]*`
	+ String.raw`(?:\s+\p{Lu}[\p{L}.-]*){1,3})['’]s?\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${OWNED.join('|')})s?\b`, 'u');
/** The work's author named as its owner right before its link (`Gloria Mark's paper <a>…</a>`, `Sandi Metz's talk`). */
const OWNER_BEFORE = new RegExp(String.raw`((?!(?:The|A|An|Our|My)\s)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})`
	+ String.raw`['’]s?`
	+ String.raw`\s+(?:["“][^"“”]{1,80}["”]\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:${OWNED.join('|')})s?\s*[:：]?\s*$`, 'u');
/** A kind of work named right before the link (`the paper <a>`, `MIT 的公开课<a>`): the link is that work. */
const KIND_BEFORE = new RegExp(String.raw`(?:\b(?:${WORKS.join('|')})s?|书|课|课程|专栏|教程|演讲|论文|播客)\s*[:：]?\s*$`, 'iu');
const CLOSING_YEAR = new RegExp(String.raw`^\s*[-–—:：(（](?:[^.。;；()（）]|(?<=\b(?:al|Jr|Sr|\p{Lu}))\.)*?(?:[,，]|[(（])`
	+ String.raw`\s*(?:\p{Lu}[\p{L}-]*\s+){0,3}((?:19|20)\d{2})\s*(?:[)）.。;；]|$)`, 'u');
/** An edition note with its year (`(20th anniversary edition, 2019)`, `(2nd ed. 2018)`): the edition meant, dated. */
const EDITION_YEAR = /[(（][^()（）]{0,40}?\bed(?:ition|\.)[^()（）\d]{0,4}((?:19|20)\d{2})\s*[)）]/i;
const SHORT_HAN = new RegExp(`^[${HAN}]{2,3}$`, 'u');
const HAN_RE = new RegExp(`^[${HAN}·]{2,}$`, 'u');
/** A person's profile on a site (`/author/x`, `/people/x`, `/@x`): after a comma a home page may be a place's. */
const PROFILE = /^\/(?:[\w-]+\/)?(?:authors?|people|person|profiles?|users?|contributors?|speakers?|team)\/|^\/@/i;
const PERSON_BEFORE = /(?:\bby|作者|译者|著者|编者|讲师|主讲)\s*[:：]?\s*$/i;

/** "example.co.uk" for "www.example.co.uk": enough to tell the site's own links from outbound ones. */
function site(url: URL): string {
	const labels = url.hostname.split('.');
	const tail = labels.slice(-2).join('.');
	return /^(?:com?|net|org|gov|edu|ac)\.[a-z]{2}$/.test(tail) ? labels.slice(-3).join('.') : tail;
}

type Extra = Partial<Candidate> & {host?: HostInfo; quoted?: boolean; refType?: string};
function item(title: string, seg: Segment, span: Span, ctx: Context, bib: Bib, extra: Extra): Candidate {
	const {host, quoted, refType, ...rest} = extra;
	const near = sentenceAround(seg.text, span.start, span.end);
	const kind: Kind = guessKind({title, near, host, bib, section: ctx.section, quoted, refType});
	const c: Candidate = {title, kind, seg: ctx.seg, context: near, ...rest};
	if (host?.provider && kind === 'course') c.provider = host.provider;
	if (bib.authors.length) c.authors = bib.authors;
	if (bib.contributors.length) c.contributors = bib.contributors;
	if (bib.publisher) c.publisher = bib.publisher;
	if (bib.publishedAt) c.publishedAt = bib.publishedAt;
	if (bib.isbn) c.isbn = bib.isbn;
	return c;
}

/** How many of `sorted` (ascending by `key`) have a key up to `value`. */
function countUpTo<T>(sorted: T[], value: number, key: (item: T) => number): number {
	let [low, high] = [0, sorted.length];
	while (low < high) {
		const mid = (low + high) >> 1;
		if (key(sorted[mid]!) <= value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** The last emphasis inside [from, to). Marks close in order (ends ascending) and nest, so few are looked at. */
function lastMark(marks: Span[], from: number, to: number): Span | undefined {
	for (let i = countUpTo(marks, to, m => m.end) - 1; i >= 0 && marks[i]!.end >= from; i--) {
		if (marks[i]!.start >= from) return marks[i];
	}
	return undefined;
}

/** A segment's 《quoted titles》, found once for all its links (a search per link rescans the paragraph). */
type Quotes = () => RegExpExecArray[];

/** A title for a link whose own text is "here" / "Amazon" / a bare URL. */
function fallbackTitle(seg: Segment, link: LinkSpan, from: number, quotes: Quotes): string {
	const mark = lastMark(seg.marks, from, link.start);
	if (mark) return cleanTitle(seg.text.slice(mark.start, mark.end));
	const quoted = quotes()[countUpTo(quotes(), from - 1, m => m.index)];
	if (quoted) return cleanTitle(quoted[1]!);
	const before = seg.text.slice(from, link.start);
	if (/^\s*https?:|^www\./.test(link.text) || /[:：\-–—]\s*$/.test(before)) {
		// A title in quotes in the words before (`Rich Hickey's "Simple Made Easy" talk: https://…`)
		const inQuotes = [...before.matchAll(/["“]([^"“”]{2,100})["”]/g)].pop()?.[1];
		if (inQuotes) return cleanTitle(inQuotes);
		const title = cleanTitle(before);
		// (not a sentence: `Agreed. There's also a talk version: https://…`)
		if (title.length >= 2 && title.length <= 100 && !/[.!?。！？]\s|[,，]\s+\p{Ll}/u.test(title)) return title;
	}
	const repo = /^\/[\w.-]+\/([\w.-]+)/.exec(link.url.pathname);
	return /github|gitlab|gitee/.test(link.url.hostname) && repo ? repo[1]! : '';
}

/** A clause after a dash, a colon or in brackets, to a comma and a digit, another spaced dash or the sentence's end. */
const DASH_CLAUSE = new RegExp(String.raw`^\s*(?:[-–—]{1,2}|[:：]|[(（](?=[^)）]+[)）]))`
	+ String.raw`\s*((?:[^.。;；(（)）]|(?<=\b(?:[A-Z]|Jr|Sr))\.)+?)`
	+ String.raw`\s*(?:[,，]\s*\d|\s[-–—]{1,2}\s|[｜|]|(?<!\b(?:[A-Z]|Jr|Sr))[.。;；(（)）]|$)`, 'u');

/**
 * A collective credit: the people behind a project credited as one (`The Go Authors`, `Kubernetes Contributors`).
 * Not `Team`: a team page lists its people so (`Ann Lee — Design Team`).
 */
const CREDITED_AS_ONE = ['Authors', 'Contributors', 'Developers', 'Maintainers', 'Project'];
const COLLECTIVE = new RegExp(String.raw`^(?:The\s+)?(?:\p{Lu}[\p{L}\d.+#-]*\s+){1,3}`
	+ `(?:${CREDITED_AS_ONE.join('|')})$`, 'u');

/**
 * Names written surname first, as catalogues sort them (`Newport, Cal`, `Hunt, Andrew & Thomas, David`); not two full
 * names in natural order (`Matthew Skelton, Manuel Pais`), which a comma parts as well.
 */
const sortedNames = (text: string) => (fullName(text.split(',')[0]!) ? undefined : invertedNames(text.trim()));

/**
 * "[Title](url) - Brendan Burns, Joe Beda and Kelsey Hightower." (awesome lists): a clause of names only, or names
 * up to the `publisher` the clause goes on to (`(Aurélien Géron, O'Reilly, 2022)`), or names written surname first as
 * catalogues sort them (`— Newport, Cal`); a place is written so too (`— Paris, France`): `sorted` says whether the
 * line or its section tells the clause is people's.
 */
function dashAuthors(after: string, brackets = false, publisher?: string, sorted = true): string[] {
	// Up to the clause's end; an initial's dot (`Robert C. Martin`) is no end
	if (!brackets && /^\s*[(（]/.test(after)) return []; // A linked title's brackets say what it is, not who wrote it
	// (a spaced dash ends it too: `— Cixin Liu — ★★★`)
	// A first name joined to a full name shares its surname (`Remzi & Andrea Arpaci-Dusseau`)
	const clause = DASH_CLAUSE.exec(after)?.[1]
		?.replace(/^(\p{Lu}\p{Ll}+)\s+(&|and)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)$/u, '$1 $4 $2 $3 $4');
	if (!clause) return [];
	const inverted = sortedNames(clause);
	if (inverted) return sorted ? inverted : [];
	if (COLLECTIVE.test(clause)) return [clause];
	// `(Peter Attia, with Bill Gifford)`: a co-author
	const parts = clause.split(/\s*(?:[,，、&/]|\band\b)\s*/).filter(part => !COURSE_PLATFORMS.test(part))
		.map(part => part.replace(/^with\s+/, ''));
	// (none when the clause opens with the publisher: `(Picador, 2016)`)
	const at = publisher ? parts.findIndex(part => part.includes(publisher)) : -1;
	if (at >= 0) parts.length = at;
	const names = parts.map(part => cleanName(part.replace(/等$/, '')));
	// The names up to the first part that is none (`Gary Bernhardt, CodeMash 2012`: the venue follows)
	const end = names.indexOf(undefined);
	return (end < 0 ? names : names.slice(0, end)) as string[];
}

/** `Lamport, `, `Ongaro & Ousterhout, `, `Ghemawat et al., `: the names (surnames or full) that open a citation. */
function citingNames(lead: string): string[] | undefined {
	const names = /^\s*(.{2,80}?)(?:,?\s+et al\.?)?\s*[,，]\s*$/u.exec(lead)?.[1]?.split(/\s*(?:,|&|\band\b)\s*/);
	if (!names?.every(name => SURNAME_ALONE.test(name) || fullName(name))) return undefined;
	return names.map(name => fullName(name) ?? name);
}

function linkCandidates(seg: Segment, ctx: Context): Candidate[] {
	const out: Candidate[] = [];
	const links = seg.links.filter(l => !isChromeLink(l.url, ctx.page));
	let found: RegExpExecArray[] | undefined;
	const quotes = () => (found ??= [...seg.text.matchAll(/《([^《》]{1,100})》/g)]);
	// The whole segment's facts, read once for all its links (a copy each: a link may set its own authors)
	let whole: Bib | undefined;
	const segmentBib = () => ({...(whole ??= bibIn(seg.text))});
	// Links to the people (`<a>Title</a> by <a>Name</a> and <a>Name</a>`) are not works; in a list item, or after a
	// known work page, their names are the work's (in running text, `<a>a concept</a> by <a>a company</a>` is a wiki's
	// prose)
	const person: boolean[] = [];
	// A list item opening with its work's link may link its people after a dash or a comma (`<a>Nudge</a> — <a>Richard
	// Thaler</a> and <a>Cass Sunstein</a>`): full names after a dash, or after a comma linked to people's profiles
	const opens = LEADS.test(seg.tag) && !!links[0] && !cleanTitle(seg.text.slice(0, links[0].start));
	links.forEach((link, i) => {
		const between = seg.text.slice(links[i - 1]?.end ?? 0, link.start);
		const credited = opens && i === 1 && !!fullName(link.text) && (/^\s*[-–—]{1,2}\s*$/.test(between)
			|| (/^\s*[,，]\s*$/.test(between) && PROFILE.test(link.url.pathname)));
		person[i] = credited || PERSON_BEFORE.test(between.slice(-40))
			|| (!!person[i - 1] && /^\s*(?:[,，、&]|and)\s*$/i.test(between))
			|| /\bby\s+(?:[^.;!?。]|(?<=\b[A-Z])\.){1,80}(?:[,，、&]|\band)\s*$/i.test(between.slice(-120));
	});
	links.forEach((link, i) => {
		if (person[i]) return;
		const before = seg.text.slice(Math.max(0, link.start - 40), link.start);
		let next = i + 1;
		if (LEADS.test(seg.tag) || hostInfo(link.url)) while (person[next]) next++;
		// (emoji right after a link are its badges: `<a>Title</a> 🆓 - Name`)
		let after = seg.text.slice(link.end, Math.min(links[next]?.start ?? Infinity, link.end + 300)).replace(BADGES, ' ');
		// Facts after a link belong to it only while the sentence goes on, or when they follow at once
		if (!/^\s*(?:[(（,，:：\-–—]|by\s|(?:edited|translated|written)\s+by\s)/i.test(after)) {
			after = after.split(/[。！？!?]|(?<!\b[A-Z])\.\s/)[0]!;
		}
		let title = isGenericText(link.text)
			? fallbackTitle(seg, link, links[i - 1]?.end ?? 0, quotes) : cleanTitle(link.text);
		// "by X. <a>Buy on Amazon</a>" right under a "1. Title" heading: the heading names the work
		const underHeading = !title && ctx.afterHeading && !ctx.section && !ctx.refSection && seg.heading.length < 150;
		if (underHeading) title = cleanTitle(seg.heading);
		if (title.length < 2) return;
		const host = hostInfo(link.url);
		const bib = underHeading ? segmentBib() : bibIn(after);
		// `Lamport, <a>Time, Clocks…</a> (1978)`, `Ghemawat et al., <a>…</a> (2003)`: names alone open the item before its
		// linked title and a year in brackets follows: a citation written author first
		const cited = i === 0 && LEADS.test(seg.tag) && /^\s*[(（](?:19|20)\d{2}[)）]/u.test(after)
			? citingNames(seg.text.slice(0, link.start)) : undefined;
		if (cited && !bib.authors.length) bib.authors = cited;
		// Brackets naming a publisher are a citation (`(Aurélien Géron, O'Reilly, 2022)`); a line saying what a tool
		// does names no one (`Vite - 构建工具`)
		const stated = hasBib(bib);
		if (!bib.authors.length && !TOOL.test(after.slice(0, 80))) {
			// A few Han characters after a dash say as often what the work is (`：台大的课`) as who made it
			bib.authors = dashAuthors(after, !!bib.publisher, bib.publisher)
				.filter(name => !HAN_RE.test(name) || isPerson(name));
			// The people known, a `(Publisher, Year)` after them is their citation (`— James Clear (Avery, 2018)`)
			if (bib.authors.length && !bib.publisher) Object.assign(bib, citationIn(after, bib.authors));
			// A year closing the people's clause is the work's (`— Leslie Lamport, 1978`, `— Names (SOSP 2003)`)
			// (or a bracket of notes closing on it: `— Jon Gjengset (stream, 2020)`)
			const year = bib.authors.length && !bib.publishedAt
				? (CLOSING_YEAR.exec(after) ?? BRACKETED_YEAR.exec(after))?.[1] : undefined;
			if (year) bib.publishedAt = year;
			// A list item's `<a>Title</a>, Andrew Hunt and David Thomas`: after a comma, full names only
			// (`<a>Paris</a>, France` is a place); in running text a comma goes on with the sentence (`<a>a source</a>,
			// MIT Museum`)
			const opensItem = LEADS.test(seg.tag) && !cleanTitle(seg.text.slice(0, link.start));
			const names = opensItem && /^\s*[,，]/.test(after)
				? dashAuthors(after.replace(/^\s*[,，]/, '-'), false, bib.publisher) : [];
			if (!bib.authors.length && names.every(name => / /.test(name) || HAN_RE.test(name))) bib.authors = names;
			// `— Kyle Simpson's book series`, `— Andrew Ng's course`: a full name owning the work
			const owner = bib.authors.length ? undefined : fullName((OWNER.exec(after) ?? OWNER_BEFORE.exec(before))?.[1] ?? '');
			if (owner) bib.authors = [owner];
			// A card or a cover's caption: the linked title alone on its line, its people alone on the next
			// (`<a>The Manager's Path</a><br>Camille Fournier`)
			const [rest, line, more] = after.split('\n');
			// (only the segment's first link can open it: the text before a later one is not copied for each)
			const alone = i === 0 && !rest!.trim() && line && more === undefined;
			if (!bib.authors.length && alone && !cleanTitle(seg.text.slice(0, link.start))) {
				bib.authors = personNames(line) ?? [];
			}
		}
		const external = site(link.url) !== site(ctx.page);
		const leads = LEADS.test(seg.tag) && !cleanTitle(seg.text.slice(0, link.start));
		const quoted = /《\s*$/.test(before) || link.text.startsWith('《');
		const introduced = KIND_BEFORE.test(before);
		// A repository named in passing ("see Flannel") is a tool, not a recommendation
		const passing = host?.kind === 'repository' && !leads && !ctx.refSection && !ctx.section
			&& !BOOKISH_REPO.test(`${link.text} ${before}`);
		// A bare outbound link opening a list item is a related-links box; awesome lists describe theirs
		const described = leads && /^\s*(?:[-–—:：]\s*\S|\(|（|by\s)/i.test(after);
		// The site's own pages count only with real bibliographic facts (a translator, a publisher, an ISBN)
		const strongBib = bib.contributors.length > 0 || !!bib.publisher || !!bib.isbn?.length
			|| (bib.authors.length > 0 && /^\s*(?:[(（,，:：\-–—]|by\s)/i.test(after));
		// A curated list describes its tools and sites too: what the line says the link is decides
		const tool = !hasBib(bib) && !CUE.test(`${link.text} ${after}`) && TOOL.test(after.slice(0, 80));
		// A site's home page names the site (a tool, a blog, a community), not one of its works, unless the line or its
		// section says it is a book or a course, or names who wrote it: by a label, or by full names after a dash (one
		// short Han word there says as often what the site does: `Can I use - 查兼容性`)
		const home = link.url.pathname.length < 2 && !link.url.search && !stated
			&& !bib.authors.some(name => name.includes(' '))
			&& !quoted && !introduced && !CUE.test(`${link.text} ${after}`)
			&& ctx.section !== 'book' && ctx.section !== 'course';
		// In a section of tools, sites or people, only a known work page or a line naming the work's people is a work
		const listed = (leads || ctx.refSection) && (ctx.refSection || !!ctx.section);
		// (in a section of tools or gear, a page of a store that sells everything is a product's: `Mic – <a>amzn.to/…</a>`)
		const ok = ctx.toolSection ? (!!host && !GENERAL_STORES.test(host.provider ?? '')) || hasBib(bib)
			: (host && !passing) || (external ? hasBib(bib) : strongBib) || quoted
			|| (external && !tool && (described || listed || introduced || CUE.test(link.text)));
		if (ok && !home && !NOT_TITLE.test(title)) {
			// A year in brackets right after the title is the work's (`<a>Deep Work</a> (2016) by Cal Newport`); it
			// makes no link a work by itself
			// (or after its venue: `(CHI 2008)`, `(NeurIPS 2017)`)
			const year = bib.publishedAt ? undefined : VENUE_YEAR.exec(after)?.[1];
			if (year) bib.publishedAt = year;
			// The kind named right before the link is this work's, whatever its section says (`不是书：…的公开课<a>`)
			// (a PDF or a publications page with no publisher behind it, where no section says otherwise, is a paper's)
			const named = introduced ? kindFromWords(before.slice(-12))
				: !ctx.section && !host && !bib.publisher && PAPER_PATH.test(link.url.pathname) ? 'paper' : undefined;
			out.push(item(title, seg, link, named ? {...ctx, section: named} : ctx, bib, {url: link.url.href, host, quoted}));
		}
	});
	return out;
}

/**
 * The commonest Chinese surnames: a bare clause of a few Han characters is a name when it opens with one (`余华`, not
 * `推荐`).
 */
const SURNAME = new RegExp(`^[${'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢'
	+ '姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'}]`, 'u');
/**
 * A name that reads as a person's: a full Latin name, a transliterated one (`尤瓦尔·赫拉利`), or a Han one opening with a
 * surname.
 */
/** Characters of function words and of words about books and lists, never in a pen name. */
const NOT_IN_NAMES = /[的了是和在有书读看本版集卷册篇章部推荐必选新好]/u;
const isPerson = (name: string) => / /.test(name) || name.includes('·') || SURNAME.test(name);

/**
 * The people opening a list item before its 《title》: Han names opening with a surname or transliterated (`余华`,
 * `尤瓦尔·赫拉利`), or any full name after a nationality (`[美] Randal E. Bryant`), then a colon or 的 at most.
 */
function peopleBefore(text: string, people: (names: string[], keep: (name: string) => boolean) => string[]): string[] {
	const lead = stripNumbering(text).replace(/\s*(?:[:：]|的)?\s*$/u, '');
	if (!lead || lead.length > 40) return [];
	const foreign = /^\s*[[［【(（]/.test(lead);
	const parts = lead.split(/\s*(?:[、,，&/]|和|与)\s*/u);
	const names = people(parts.map(part => cleanName(part) ?? ''),
		name => !!name && ((HAN_RE.test(name) && isPerson(name)) || (foreign && !!fullName(name))));
	return names.length === parts.length ? names as string[] : [];
}

const NAME_BEFORE = new RegExp(`(?:^|[：:，,、；;\\s])([${HAN}]{2,3})$`, 'u');

function quotedCandidates(seg: Segment, ctx: Context, taken: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	const linked = new Map(taken.map(c => [c.title, c]));
	for (const m of seg.text.matchAll(/《([^《》\n]{1,100})》/g)) {
		const span = {start: m.index, end: m.index + m[0].length};
		const title = cleanTitle(m[1]!);
		// A link named for its site (`《代码整洁之道》｜Name｜<a>豆瓣</a>`) took this title: the people after it are its
		const link = linked.get(title);
		if (!title || (link && (link.authors?.length || !LEADS.test(seg.tag)))) continue;
		const after = seg.text.slice(span.end, span.end + 200).split('《')[0]!;
		const bib = bibIn(after);
		const near = sentenceAround(seg.text, span.start, span.end);
		// (or `余华《活着》`, `[美] 布鲁克斯：《人月神话》`: the people open the item, the title follows)
		const opening = seg.text.slice(0, span.start);
		let unproven: string[] = [];
		// Names that read as people's; short Han ones that do not only for want of a known surname wait for the list (not
		// a word no name holds: `必读`, `推荐`, `上册`)
		const people = (names: string[], keep = isPerson) => {
			const short = names.length && names.every(name => SHORT_HAN.test(name) && !NOT_IN_NAMES.test(name));
			if (short && !unproven.length) unproven = names;
			return names.filter(keep);
		};
		const before = LEADS.test(seg.tag) && !opening.includes('《') ? peopleBefore(opening, people) : [];
		// A short paragraph opening with the title, numbered or in bold (`<p><b>1.《人月神话》- 布鲁克斯</b></p>`), is a
		// list item written as paragraphs, as WeChat and Zhihu editors write lists
		const apart = span.start < 6 && seg.text.length <= 60 && (seg.marks.some(m => m.start === 0)
			|| stripNumbering(seg.text) !== seg.text);
		const leads = (LEADS.test(seg.tag) && (span.start < 6 || before.length > 0)) || apart;
		if (!bib.authors.length) bib.authors = before;
		// In running text, a Han name set right before the title after a break (`JVM 方向：周志明《深入理解 Java 虚拟机》`)
		const named = bib.authors.length || bib.contributors.length ? undefined : NAME_BEFORE.exec(opening)?.[1];
		if (named && SURNAME.test(named) && !NOT_IN_NAMES.test(named)) bib.authors = [named];
		// A list item `《活着》：余华`, `《三体》- 刘慈欣`: a clause of people only after the title; anywhere, `《三体》（刘慈欣）`
		// with Han names in the brackets; in a list item, a name right after the title (`《原则》瑞·达利欧`), short or dotted
		if (!bib.authors.length && !bib.contributors.length) {
			// (a slash parts them too: `《三体》/ 刘慈欣`)
			if (leads) bib.authors = people(dashAuthors(after.replace(/^\s*[/／｜|]/, '-')));
			if (!bib.authors.length && /^\s*[(（]/.test(after)) {
				bib.authors = people(dashAuthors(after, true), name => HAN_RE.test(name) && isPerson(name));
			}
			// (or after a comma: `《三体》，刘慈欣，重庆出版社`)
			if (leads && !bib.authors.length && /^\s*[,，]/.test(after)) {
				bib.authors = people(dashAuthors(after.replace(/^\s*[,，]/, '-')));
			}
			if (leads && !bib.authors.length && !/^\s*[-–—:：(（,，]/.test(after)) {
				bib.authors = people(dashAuthors(`-${after}`), name => / |·/.test(name) || (SHORT_HAN.test(name) && isPerson(name)));
			}
		}
		const cued = /书|著|译|读|课|专栏|教程|出版|推荐|book|course/i.test(near);
		if (link) {
			fill(link, bib);
			if (leads && !link.authors?.length && unproven.length) link.unproven = unproven;
			continue;
		}
		if (hasBib(bib) || leads || ctx.refSection || !!ctx.section || cued) {
			const waiting = leads && !bib.authors.length && !bib.contributors.length && unproven.length;
			out.push(item(title, seg, span, ctx, bib, {quoted: true, ...(waiting ? {unproven} : {})}));
		}
	}
	return out;
}

// A footnote opens with its back-link caret (`^ a b Name, Title`): a note, not a title
/** What opens a credit or a caption (`Photo by`, `Reporting by`), not a title. */
const CREDIT_OPENERS = ['by', 'photo', 'reporting', 'additional reporting', 'editing', 'reported', 'interview', 'words',
	'text', 'story', 'image', 'picture', 'illustration', 'cover', 'posted', 'written', 'published', 'edited', 'made',
	'created', 'powered', 'promoted', 'sponsored', 'presented', 'brought to you', '图', '摄影', '图片', '题图'];
/** What closes a credit (`Photo taken`, `Site built`), not a title. */
const CREDIT_CLOSERS = ['written', 'posted', 'photo', 'made', 'created', 'published', 'invented', 'powered', 'promoted',
	'sponsored', 'designed', 'developed', 'built', 'maintained', 'supported', 'funded', 'presented', 'hosted', 'edited',
	'reported', 'taken', 'drawn', 'updated', 'curated', 'brought to you', 'picked', 'chosen', 'selected', 'retold'];
const NOT_TITLE = new RegExp(String.raw`^\^|^(?:${CREDIT_OPENERS.join('|')})\b|\b(?:${CREDIT_CLOSERS.join('|')})$`
	+ String.raw`|^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,4}[-/.年]\d{1,2})|\d{1,2}:\d{2}`, 'i');


/** "Title by Author" and "Title（A 著）" lines with no link: list items, headings, captions. */
function bylineCandidates(seg: Segment, ctx: Context): Candidate[] {
	const citation = citedAuthorFirst(seg, ctx);
	if (citation) return [citation];
	for (const mark of seg.marks) {
		const after = seg.text.slice(mark.end);
		const title = cleanTitle(seg.text.slice(mark.start, mark.end));
		// `<b>Intermezzo</b>, Sally Rooney's fourth novel (Faber, 2024)`, `<i>Title</i>. Name wrote it …`: the work's
		// author named as its owner, or as the next sentence's subject
		const owner = fullName(OWNED_AFTER.exec(after)?.[1] ?? WROTE_IT.exec(after)?.[1] ?? '');
		if (owner && /^\p{Lu}/u.test(title) && !NOT_TITLE.test(title)) {
			const bib = {authors: [owner], contributors: [], ...citationIn(after.slice(0, 120), [owner])};
			return [item(title, seg, mark, ctx, bib, {})];
		}
		// (or named as a work by one already named: `<i>Cutting for Stone</i>, his earlier novel`)
		if (THEIR_WORK.test(after) && /^\p{Lu}/u.test(title) && !NOT_TITLE.test(title)) {
			return [item(title, seg, mark, ctx, {authors: [], contributors: []}, {})];
		}
		if (!/^\s*[,，]?\s*(?:by\s|作者\s*[:：])/i.test(after)) continue;
		const bib = bibIn(after.slice(0, 300));
		if (bib.authors.length && title.length >= 2 && !NOT_TITLE.test(title)) {
			return [item(title, seg, mark, ctx, bib, {})];
		}
	}
	if (!LEADS.test(seg.tag) && seg.text.length > 160) return [];
	// A card: the title set apart on its own line, the credit on the next (`<b>Deep Work</b><br>Cal Newport, 2016`)
	const [first, second, ...more] = seg.text.split('\n');
	const card = second && more.length < 2 && seg.marks[0]?.start === 0 && seg.marks[0].end >= first!.trimEnd().length
		? creditLine(second.trim()) : undefined;
	if (card && cleanTitle(first!).length >= 2) return [item(cleanTitle(first!), seg, seg.marks[0]!, ctx, card, {})];
	// A list item's one bar parts a title and its people as a dash does (`Deep Work | Cal Newport`), and a second one
	// their year (`| 2016`): read as a dash and a year in brackets, same length; so does a line's one spaced slash
	// where no dash stands (`A Philosophy of Software Design / John Ousterhout`; more slashes part a catalogue's fields)
	const stripped = stripNumbering(seg.text);
	const text = seg.tag !== 'LI' ? stripped : stripped.replace(/^([^|]+ \| [^|]+) \| ((?:19|20)\d{2})$/, '$1 ($2)')
		.replace(/^([^|]+) \| (?=[^|]+$)/, '$1 – ').replace(ONE_SLASH, '$1 – ');
	const offset = seg.text.length - text.length;
	const whole = {start: offset, end: seg.text.length};
	// A short paragraph opening with a title set apart in bold or italics reads like a list item (`**Piranesi**, Name`)
	const opens = LEADS.test(seg.tag) || seg.marks.some(m => m.start === offset);
	// `三体 / 刘慈欣 / 重庆出版社 / 2008`: a catalogue's line of facts between spaced slashes
	const catalogued = seg.tag === 'LI' && !ctx.toolSection && !seg.links.length ? slashed(text) : undefined;
	if (catalogued) return [item(catalogued.title, seg, whole, ctx, catalogued.bib, {unlinked: true})];
	// `Cal Newport's Deep Work`: the work named as its author's, read as `Cal Newport, Deep Work` (a heading naming
	// works, a year or the title in italics, and then only in a list of such items: `New York's Best Pizza` is a
	// place's)
	const owner = seg.tag === 'LI' && !ctx.toolSection && !seg.links.length
		? /^([^'’]{4,60}?)['’]s\s+(?=\p{Lu})/u.exec(text) : null;
	const italic = !!owner && seg.marks.some(m => m.start === offset + owner[0].length);
	const works = !!ctx.section || ctx.refSection;
	// Under a heading over people (`Speakers`, `Team`) that names no works, `Name, X` is a person and their affiliation
	const affiliations = !works && PEOPLE_HEADING.test(seg.heading);
	const owned = owner && authorFirst(owner[1]!, `, ${text.slice(owner[0].length)}`, italic, works, false);
	if (owned) return [item(owned.title, seg, whole, ctx, owned.bib, {unlinked: true, order: 'author'})];
	// "Title by Author", or in a list "Title - Author" (a spaced dash: `Data-Intensive` is one word), "Title（A 著）"
	// (a title before brackets is cut there: `Title (Name) — what it is about`)
	const dashed = opens ? /^(.{2,100}?)(?=\s+[-–—]{1,2}\s+)/u.exec(text) : null;
	// (or a Chinese label: `人类简史 作者：尤瓦尔·赫拉利`)
	// (not a translator's or an editor's `by`: `Sapiens, Yuval Noah Harari (translated by John Purcell)`)
	// (nor a `By` that ends a title before its dash: `Algorithms to Live By — Brian Christian`)
	const by = titleBy(text)
		?? /^([^:：\n]{2,100}?)[,，]?\s*(?=(?:作者|著者|编者|主编|译者)\s*[:：])/u.exec(text)
		?? (dashed && !/[(（]/.test(dashed[1]!.replace(EDITION, '')) ? dashed
			// (a hyphen inside a word is no dash: `The Three-Body Problem, Cixin Liu`)
			: opens ? /^((?:[^（(，,:：\-–—]|(?<=\w)-(?=\w)){2,100})\s*(?=[（(，,:：\-–—])/u.exec(text) ?? dashed : null);
	if (!by) return [];
	// Right under a numbered heading (`2. The Phoenix Project`), `A novel about IT, by Name` is that work's byline
	// (index.ts)
	if (!opens && ctx.afterHeading && stripNumbering(seg.heading) !== seg.heading) return [];
	// A year in brackets closing the title is the work's (`Deep Work (2016) by Cal Newport`)
	// (and an edition note is no part of it: `Clean Code (2nd edition) - Robert C. Martin`)
	const head = cleanTitle(by[1]!).replace(EDITION, '');
	const dated = /\s*[(（]((?:19|20)\d{2})[)）]$/u.exec(head);
	const title = head.slice(0, dated?.index);
	const rest = text.slice(by[1]!.length, by[1]!.length + 300);
	const bib = bibIn(rest);
	if (dated && !bib.publishedAt) bib.publishedAt = dated[1]!;
	// (not a linked name: `<a>Hacker News</a> - A news site`)
	// The side set apart in bold or italics is the title (`Cal Newport, <i>Deep Work</i>`, `<i>Deep Work</i>, Cal
	// Newport`)
	const headEnd = offset + by[1]!.length;
	const marked = seg.marks.some(m => m.start <= offset && m.end >= headEnd);
	// A link right after the people is the title (`Cal Newport — <a>Deep Work</a>`): it settles the order, and it is
	// the work's link
	const titleLink = seg.links
		.find(l => l.start > headEnd && l.start <= headEnd + 4 && !isChromeLink(l.url, ctx.page));
	const setApart = !!titleLink || seg.marks.some(m => m.start > headEnd && m.start <= headEnd + 3);
	const people = /^(?:LI|TD)$/.test(seg.tag) && !ctx.toolSection && !marked && !seg.links.some(l => l.start < headEnd)
		? authorFirst(by[1]!, rest, setApart, works, !affiliations) : undefined;
	const linked = titleLink ? {url: titleLink.url.href} : {};
	const flipped = people && item(people.title, seg, whole, ctx, people.bib,
		{unlinked: true, order: people.order, ...linked, ...(people.weak ? {weak: true} : {})});
	// Read either way: the author-first reading kept beside the title-first one, for the list to settle (index.ts)
	const either = flipped ? {order: 'either' as const, other: flipped} : {};
	// A single word after a spaced dash that no publisher list knows (`Learning Go — Heinemann`), in a list said to be
	// of works: its publisher when the list's other items end in the same word (index.ts), not an author-first title
	const word = seg.tag === 'LI' && works ? /^\s+[-–—]{1,2}\s+(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(rest)?.[1] : undefined;
	const tentative = word && title.length >= 2 && !NOT_TITLE.test(title) ? item(title, seg, {start: offset, end: headEnd},
		ctx, {...bib, publisher: word}, {unlinked: true, tentative: word}) : undefined;
	if (flipped && people.order !== 'either') {
		return [tentative && flipped.title === word ? {...flipped, imprint: tentative} : flipped];
	}
	// A list's unlabelled "- Name and Name" clause names the authors when it holds nothing but names
	// (or "(Name, 2008)"; "Title, Name" only when the title is set apart in bold or italics, or the line goes on to
	// name a publisher: then it is a citation, `Title, Donald Knuth, Addison-Wesley, 1968`, and surnames are names)
	const cited = !!bib.publisher;
	let surnames: string[] | undefined;
	// of people (a full name, not a handle or a site: `TOGoS`, `Shutterstock`), and only in a list of such lines
	// (index.ts)
	const unlinked = !bib.authors.length && !bib.contributors.length && (/^(?:LI|TD)$/.test(seg.tag) || opens)
		&& (/^\s+[-–—]{1,2}\s|^\s*[(（]|^\s*——/.test(rest) || marked || (cited && /^\s*[,，]/.test(rest)));
	if (unlinked) {
		const sorted = works || marked || cited || /\b(?:19|20)\d{2}\b/.test(rest);
		// Chinese sets its dash unspaced (`三体——刘慈欣`): a few Han characters after it say as often what the work is
		// (`——科幻`), so a name there opens with a surname
		const spaced = !/^\s*——/.test(rest);
		// (an aside in brackets between the title and the dash is neither: `Title (all five, one day) — Name`)
		const people = rest.replace(/^\s*[(（][^()（）]{1,40}[)）](?=\s+[-–—]{1,2}\s)/u, '');
		const names = dashAuthors(marked || cited ? people.replace(/^\s*[,，]/, '-') : people, true, bib.publisher, sorted);
		// (a job is no name: `Ann Lee – Product Manager` is a team page's line)
		bib.authors = names.filter(name => COLLECTIVE.test(name) || (!ROLE.test(name)
			&& (cited || / /.test(name) || (HAN_RE.test(name) && (spaced || isPerson(name))))));
		// Surnames alone (`(Hunt & Thomas)`, `— Abelson & Sussman`): two joined name a work's authors; one alone in
		// brackets (`(McConnell)`) may be a format or a publisher's, and waits for its list to name its people so
		// (index.ts); one alone after a dash is as often a word of a note (`Input / Output`)
		if (!bib.authors.length && names.length && names.every(name => SURNAME_ALONE.test(name) && !publisherIn(name))) {
			if (names.length > 1) bib.authors = names;
			else if (/^\s*[(（]/.test(rest)) surnames = names;
		}
		// The people known, a `(Publisher, Year)` after them is their citation (`— Kazuo Ishiguro (Faber & Faber,
		// 2021)`)
		if (bib.authors.length && !bib.publisher) Object.assign(bib, citationIn(rest, bib.authors));
		// A year closing the people's clause is the work's (`— Cal Newport (2016)`, `— Cal Newport, 2016`)
		const year = bib.authors.length && !bib.publishedAt
			? (CLOSING_YEAR.exec(rest) ?? EDITION_YEAR.exec(rest.slice(0, 200)))?.[1] : undefined;
		if (year) bib.publishedAt = year;
	}
	// `Deep Work (Picador, 2016)`: brackets naming only the publisher (and the year) still list a work; so does a dash
	// or a `by` naming only a publisher (`Learning Go — O'Reilly Media`, `Learning Go by O'Reilly Media`) in a list
	// item, where the list says it is of works, a year follows or the publisher is one word a publisher list knows
	// (`— Manning`); a list of sites is written so too: `The Verge — Vox Media`; and under a title, a paragraph `John
	// Williams — NYRB, 1965` is its credit line
	const imprinted = /^\s+[-–—]{1,2}\s/.test(rest) ? DASH_CLAUSE.exec(rest)?.[1]
		: /^[,，]?\s+by\s+([^.;,(]+?)\s*(?:[.;,(]|$)/i.exec(rest)?.[1];
	const imprint = /^(?:LI|TD)$/.test(seg.tag) && !!imprinted && imprinted === bib.publisher
		&& (works || !!bib.publishedAt || !/\s/.test(imprinted));
	const published = (unlinked && cited && /^\s*[(（]/.test(rest)) || imprint;
	if (surnames && title.length >= 2 && !NOT_TITLE.test(title)) {
		return [item(title, seg, {start: offset, end: headEnd}, ctx, bib, {unlinked: true, surnames})];
	}
	if (!bib.authors.length && !bib.contributors.length && !published) {
		// (a numbered heading is a list post's item too: `<h3>1. The Psychology of Money, Morgan Housel</h3>`)
		const heading = /^H[2-6]$/.test(seg.tag) && stripped !== seg.text;
		const tail = (seg.tag === 'LI' || heading) && !affiliations ? trailingNames(text) : undefined;
		// (an item read either way that has no title-first reading after all is author first: `Cal Newport, Deep Work,
		// 2016`)
		if (!tail || NOT_TITLE.test(tail.title)) {
			return flipped ? [{...flipped, order: 'author'}] : tentative ? [tentative] : [];
		}
		const facts = {...bibIn(tail.rest), authors: tail.names, contributors: []};
		const read = {...facts, ...yearIn(tail.rest), ...citationIn(tail.rest, tail.names)};
		const span = {start: offset, end: offset + tail.title.length};
		return [item(tail.title, seg, span, ctx, read, heading ? {} : {unlinked: true, ...either})];
	}
	if (title.length < 2 || NOT_TITLE.test(title) || /[著译]$/.test(title)) return [];
	// A translator with no author (`Sayaka Murata – Convenience Store Woman (translated by X)`) leaves the author-first
	// reading open: the list settles it as it does `Name – Title`
	const translated = !!flipped && !bib.authors.length && bib.contributors.length > 0;
	const listed = unlinked || imprint || translated ? {unlinked: true, ...either} : {};
	return [item(title, seg, {start: offset, end: headEnd}, ctx, bib, listed)];
}

/** A surname alone: one capitalised word, maybe double-barrelled; not a format, a state or a month of a line's note. */
const NOT_SURNAMES = ['Hardcover', 'Paperback', 'Kindle', 'Audiobook', 'Ebook', 'Reread', 'Free', 'Abridged',
	'Unabridged', 'Illustrated', 'Fiction', 'Nonfiction', 'Poetry', 'Essays', 'Summary', 'English', 'Chinese', 'French',
	'German', 'Spanish', 'Japanese', 'Translation', 'Draft', 'Online', 'Video', 'Audio', 'Classic', 'Favourite', 'Favorite'];
const SURNAME_ALONE = new RegExp(`^(?!(?:${NOT_SURNAMES.join('|')})$)(?:Mc|Mac|O['’])?`
	+ String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$`, 'u');

/** What a writer's work is called after its title (`, Sally Rooney's fourth novel`). */
const GENRES = ['novel', 'book', 'memoir', 'debut', 'collection', 'essays', 'biography', 'history', 'thriller',
	'stories', 'poems', 'novella'];
const OWNED_AFTER = new RegExp(String.raw`^\s*[,，]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})['’]s\s+`
	+ String.raw`(?:[\p{L}\d-]+\s+){0,2}?(?:${GENRES.join('|')})\b`, 'u');
const THEIR_WORK = new RegExp(String.raw`^\s*[,，]\s*(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?`
	+ `(?:${GENRES.join('|')})\\b`, 'u');
const WROTE_IT = /^\s*[.。]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+wrote\s+(?:it|this)\b/u;
/**
 * `Title by Name` (not a translator's or an editor's `by`, nor a `By` closing a title before its dash); a `by` whose
 * words are no one's name is the title's own when a later one names someone (`Poverty, by America by Matthew Desmond`).
 */
function titleBy(text: string): RegExpExecArray | null {
	const by = /^(.{2,150}?)[,，]?\s+(?<!(?:translated|edited|narrated|illustrated)\s+)by\s+(?![-–—])/i.exec(text);
	if (!by) return null;
	const later = /^([^.;,]{1,60}?)\s+(?<!(?:translated|edited|narrated|illustrated)\s+)by\s+([^.,;(]{2,60})/i
		.exec(text.slice(by[0].length));
	if (!later || fullName(later[1]!) || !fullName(later[2]!.trim())) return by;
	const head = text.slice(0, by[0].length + later[1]!.length);
	return Object.assign([`${head} by `, head], {index: 0, input: text}) as unknown as RegExpExecArray;
}

/** A line's one spaced slash where no spaced dash stands (`Title / Name`). */
const ONE_SLASH = /^((?:(?!\s[-–—]{1,2}\s)[^/／])+) [/／] (?=(?:(?!\s[-–—]{1,2}\s)[^/／])+$)/u;
/** A year in brackets closing what follows a title (`(2023)`, `, 4th edition (2023)`, `(O'Reilly, 2017)`). */
const BRACKETED_YEAR = /^[^.()]{0,40}?[(（](?:[^()（）]{0,40}[,，]\s*)?((?:19|20)\d{2})\s*[)）]/u;

/**
 * `Maarten van Steen and Andrew S. Tanenbaum, <i>Distributed Systems</i>, 4th edition (2023).` — a citation written
 * author first (Chicago notes, syllabi): names alone open the line, then the title set apart, then a year in brackets.
 */
function citedAuthorFirst(seg: Segment, ctx: Context): Candidate | undefined {
	const mark = seg.marks[0];
	const lead = mark && /^(.{4,80}?)\s*[,，]\s*$/u.exec(seg.text.slice(0, mark.start));
	const authors = lead ? personNames(lead[1]!) : undefined;
	const after = mark ? seg.text.slice(mark.end, mark.end + 200) : '';
	const year = authors ? BRACKETED_YEAR.exec(after)?.[1] : undefined;
	const title = year ? cleanTitle(seg.text.slice(mark!.start, mark!.end)) : '';
	if (!year || title.length < 2 || NOT_TITLE.test(title)) return undefined;
	const bib = {authors: authors!, contributors: [], ...citationIn(after, authors!)};
	return item(title, seg, mark!, ctx, {...bib, publishedAt: bib.publishedAt ?? year}, {});
}

/** A year right after the names or the title (`Title, Name (2016)`, `Name – Title, 2016`): the work's. */
function yearIn(after: string): {publishedAt?: string} {
	const year = /^\s*(?:[(（]\s*((?:19|20)\d{2})\s*[)）]|[,，]\s*((?:19|20)\d{2})\b(?![-/.]\d))/u.exec(after);
	return year ? {publishedAt: (year[1] ?? year[2])!} : {};
}

/** Words that open or join a title and never a name (`The`, `of`, `How`). */
const TITLE_WORD = /^(?:the|an?|of|or|in|on|to|for|with|from|at|by|how|why|what|when|my|your|our|this|is|are)$/i;
/** Words of an organisation's name (`Stanford University`, `Acme Labs`): a `Name, Organisation` line is an affiliation. */
const ORGANISATION = /\b(?:University|College|School|Institute|Foundation|Society|Association|Labs?|Inc|Ltd|LLC|Corp(?:oration)?|Company|Group|Agency|Studios?|Systems|Technologies)\b/;
/** A heading over people, not works: their lines are `Name, Affiliation`. */
const PEOPLE_HEADING = /\b(?:speakers?|team|people|staff|contributors?|organi[sz]ers?|committee|members?|thanks|acknowledg(?:e)?ments?|panel(?:ists)?|hosts?|judges|mentors?|advisors?|authors?)\b/i;
/** What a team page's `Name – Role` line says: a job, not a work. */
const ROLES = ['engineer', 'designer', 'developer', 'manager', 'director', 'founder', 'ceo', 'cto', 'president',
	'editor', 'writer', 'author', 'professor', 'researcher', 'scientist', 'student', 'lead', 'head', 'chief', 'officer',
	'intern', 'consultant', 'analyst', 'architect', 'host', 'speaker', 'member', 'chair', 'partner',
	'advis[eo]r', 'team'];
const ROLE = new RegExp(String.raw`\b(?:${ROLES.join('|')})s?\b`, 'i');

/**
 * Names alone (`Cal Newport`, `Andrew Hunt and David Thomas`): each two to four capitalised words, none a title's; or
 * one name written surname first, as catalogues sort them (`Newport, Cal`).
 */
export function personNames(text: string): string[] | undefined {
	const inverted = invertedName(text);
	if (inverted) return [inverted];
	const parts = text.trim().split(/\s*(?:[,，&]|\band\b)\s*/);
	const names = parts.map(part => {
		const words = part.split(/\s+/);
		return words.length > 4 || words.some(word => TITLE_WORD.test(word)) ? undefined : fullName(part);
	});
	return names.every(Boolean) ? names as string[] : undefined;
}

/**
 * `Cal Newport – Deep Work`, `Cal Newport: Deep Work (Piatkus, 2016)`, `Cal Newport, Deep Work`: a list item opening
 * with the people, read when its first side is names only. The title runs to brackets or another spaced dash; a
 * citation after it is read. A title set apart in italics (`setApart`) settles the order; without it, a comma's
 * reading needs a list of works (`works`: its heading says so) or a year or publisher after, else (`weak`) siblings
 * read so in the same list (index.ts; `listed`: under a heading that names no people), where the title is no
 * organisation's name: a list of `Name, Company` is a team's or a programme's.
 */
type AuthorFirst = {title: string; bib: Bib; order: Order; weak: boolean};
function authorFirst(left: string, rest: string, setApart: boolean, works: boolean, listed = true): AuthorFirst | undefined {
	const sep = /^(?:\s+[-–—]{1,2}|\s*[:：,，])\s+/.exec(rest);
	const authors = sep ? personNames(left) : undefined;
	if (!sep || !authors) return undefined;
	// (up to a year too: `Deep Work — Cal Newport, 2016` reads either way)
	const right = rest.slice(sep[0].length).split(/\s*[(（]|\s[-–—]{1,2}\s|[,，]\s*\d/)[0]!;
	// (names written surname first are no title, nor a publisher's name: `Deep Work – Newport, Cal`, `Learning Go –
	// O'Reilly Media` are title first)
	if (sortedNames(right) || publisherIn(right) === right.trim()) return undefined;
	const title = cleanTitle(right);
	// A title is capitalised and one phrase: not `Ann Lee – my first teacher. Thanks!`, `New York – 3 days`
	if (title.length < 2 || /^\p{Ll}/u.test(title) || !/\p{Lu}/u.test(title) || NOT_TITLE.test(title)) return undefined;
	if (ROLE.test(right) || TOOL.test(right) || /[.!?。]\s*\S/.test(right)) return undefined;
	const after = rest.slice(sep[0].length + right.length);
	// After a colon, a gerund or a joining word reads as a subtitle (`Domain Driven Design: Tackling Complexity`)
	const subtitle = /^\p{L}+ing\s|\s(?:of|for|to|and|in|on|with|from|an?|the|your)\s/u.test(right);
	if (/[:：]/.test(sep[0]) && subtitle) return undefined;
	const bib = {...bibIn(after), authors, ...yearIn(after), ...citationIn(after, authors)};
	const weak = /[,，]/.test(sep[0]) && !setApart && !works && !bib.publishedAt && !bib.publisher;
	if (weak && (!listed || ORGANISATION.test(title))) return undefined;
	// A right side opening with a name may be the people (`Deep Work – Cal Newport, Grand Central`)
	const either = !!personNames(right.split(/\s*(?:[,，&]|\band\b)\s*/)[0]!);
	const order: Order = setApart ? 'author' : /[:：]/.test(sep[0]) ? 'colon' : either ? 'either' : 'author';
	return {title, order, bib, weak};
}

/**
 * A list line `Title, Full Name` (`The Overstory, Richard Powers`, `Thinking, Fast and Slow, Daniel Kahneman`): the
 * title runs to the first comma after which only full names follow, up to brackets, a spaced dash or the sentence's
 * end.
 */
function trailingNames(text: string): {title: string; names: string[]; rest: string} | undefined {
	// A list item, not a paragraph of thousands of commas, each of which would be tried
	if (text.length > 300) return undefined;
	for (const cut of text.matchAll(/[,，]\s*|\s*[(（]\s*/g)) {
		const after = text.slice(cut.index + cut[0].length);
		// Or `Title (Full Name)`: the brackets hold the names. An initial's or an abbreviation's dot is no sentence end
		const clause = /[(（]/.test(cut[0]) ? /^[^()（）]*(?=[)）])/.exec(after)?.[0] ?? ''
			: after.split(/\s*[(（]|\s[-–—]\s|(?<!\b(?:\p{Lu}|St|Jr|Sr|Dr))[.。;；](?:\s|$)/u)[0]!;
		const names = clause.split(/\s*(?:[,，、&]|\band\b)\s*/).map(name => fullName(name.replace(/^with\s+/, '')));
		const title = cleanTitle(text.slice(0, cut.index));
		// (a job or an employer is no name: `Ann Lee, Product Manager`, `Ann Lee, Globex Group` are a team page's lines)
		if (clause && title.length >= 2 && names.every(Boolean) && !ROLE.test(clause) && !ORGANISATION.test(clause)) {
			return {title, names: names as string[], rest: after.slice(clause.length)};
		}
	}
	return undefined;
}

/**
 * `Title – Name: https://…` (a video description, a plain-text list): a list line closing on its address written out
 * reads as the same line unlinked, and the address is the work's.
 */
function writtenOut(seg: Segment, ctx: Context): Candidate | undefined {
	const link = seg.links.length === 1 ? seg.links[0]! : undefined;
	if (!link || seg.tag !== 'LI' || !/^https?:\/\//.test(link.text)) return undefined;
	if (cleanTitle(seg.text.slice(link.end))) return undefined;
	const before = /^(.*?)\s*[:：]?\s*$/su.exec(seg.text.slice(0, link.start))![1]!;
	const marks = seg.marks.filter(m => m.end <= before.length);
	const [work] = bylineCandidates({...seg, text: before, links: [], marks}, ctx);
	const host = hostInfo(link.url);
	if (work?.authors?.length) return {...work, url: link.url.href, ...(host ? {kind: host.kind} : {})};
	// (or a title alone, its note or year in brackets after it, under a heading naming works: `Dynamo (2007): https://…`)
	const note = /\s*[(（]([^()（）]{1,30})[)）]$/u.exec(before);
	const title = cleanTitle(note ? before.slice(0, note.index) : before);
	if (!ctx.section || ctx.toolSection || title.length < 2 || title.length > 120) return undefined;
	if (NOT_TITLE.test(title)) return undefined;
	const year = /^(?:19|20)\d{2}$/.test(note?.[1] ?? '') ? {publishedAt: note![1]!} : {};
	const bib = {authors: [], contributors: [], ...year};
	return {...item(title, seg, {start: 0, end: before.length}, ctx, bib, {host}), url: link.url.href};
}

/**
 * A line of links set apart by bars or dots (`Guidelines | FAQ | API | Legal | Contact`), one part unlinked at most (a
 * mail address) and none a label (`Books: <a>…</a> · <a>…</a>`): a site's navigation.
 */
function isLinkBar(seg: Segment): boolean {
	if (seg.links.length < 3) return false;
	const parts = seg.text.split(/\s*[|｜·•]\s*/);
	const texts = new Set(seg.links.map(l => l.text));
	const unlinked = parts.filter(part => !texts.has(part));
	return parts.length > 3 && unlinked.length < 2 && !unlinked.some(part => /[:：]$/.test(part));
}

/**
 * A paragraph opening with a label set apart in bold (`<b>Required:</b> Name, <i>Title</i> …`, `<b>Note:</b>`): the
 * label says what follows, it is no title; the rest is read alone.
 */
function unlabelled(seg: Segment): Segment {
	const label = seg.marks.find(m => m.start === 0);
	if (!label || label.end > 30 || !/[:：]\s*$/.test(seg.text.slice(0, label.end))) return seg;
	const cut = label.end + (seg.text.length - label.end - seg.text.slice(label.end).trimStart().length);
	if (cut >= seg.text.length) return seg;
	const shift = <T extends Span>(s: T): T => ({...s, start: s.start - cut, end: s.end - cut});
	return {...seg, text: seg.text.slice(cut), links: seg.links.filter(l => l.start >= cut).map(shift),
		marks: seg.marks.filter(m => m.start >= cut).map(shift)};
}

/** The works one segment names, or nothing. */
export function candidatesIn(whole: Segment, ctx: Context): Candidate[] {
	if (isLinkBar(whole)) return [];
	const seg = unlabelled(whole);
	// (and a footnote's back-links: `^ a b Newport, Cal (2016).`)
	const line = stripNumbering(seg.text).replace(/^\^(?:\s+[a-z]\b)*\s*/, '');
	const shift = seg.text.length - line.length;
	const noted = ctx.refSection || /^\s*\[\d+\]/.test(seg.text);
	const ref = parseReference(line);
	// A line in a citation style (GB/T without its type code too) is a work's reference wherever it stands; outside
	// a references section, only among other works (index.ts), as a list of such lines is (so MLA's line with no
	// publisher is read too: `Newport, Cal. Deep Work. 2016.`)
	const moved = (spans: Span[]) => spans.map(m => ({start: m.start - shift, end: m.end - shift}));
	const cited = ref ? undefined : parseCitation(line, moved(seg.marks), true, moved(seg.links));
	if (ref || cited) {
		// The title's link, else the first after it that is no ISBN's: not a link on the people (`<a>Theodore
		// Frankel</a>`)
		const links = seg.links.filter(l => !isChromeLink(l.url, ctx.page)
			&& (!cited || (l.end > shift + cited.span.start && !/^(?:ISBN|doi|[\d-]+)$/i.test(l.text))));
		const url = (links.find(l => cited && l.start < shift + cited.span.end) ?? links[0])?.url.href;
		const host = url ? hostInfo(new URL(url)) : undefined;
		const found = (ref ?? cited)!;
		const extra = {
			refType: found.type, host, ...(url ? {url} : {}), ...(!noted && !ref?.type ? {unlinked: true} : {}),
		};
		return [item(cleanTitle(found.title), seg, {start: 0, end: seg.text.length}, ctx, found, extra)];
	}
	const written = writtenOut(seg, ctx);
	if (written) return [written];
	const linked = linkCandidates(seg, ctx);
	const found = [...linked, ...quotedCandidates(seg, ctx, linked)];
	// A line opening with a link was read as that link's: its text is not an unlinked title (`<a>VS Code</a> - 编辑器`)
	const first = seg.links[0];
	const opensWithLink = first && !cleanTitle(seg.text.slice(0, first.start)) && !isChromeLink(first.url, ctx.page);
	if (found.length || opensWithLink) return found;
	const works = bylineCandidates(seg, ctx);
	// A link saying where to read the one work the line names (`— Robert Nystrom (<a>free online</a>)`) is its page
	const where = works.length === 1 && !works[0]!.url ? seg.links.find(l => !isChromeLink(l.url, ctx.page)
		&& (READ_AT.test(l.text.trim()) || readAtBefore(seg, l))) : undefined;
	return where ? [{...works[0]!, url: where.url.href}] : works;
}

/** Words saying the link after them is where the work is read (`Free to read at`, `Free PDF from`). */
const READ_AT_SITE = /\b(?:read|free|available|download|pdf)\b[^.!?]{0,20}\b(?:at|on|from)\s*$/i;
/** True when the words right before `link` say it is where the work is read. */
export const readAtBefore = (seg: Segment, link: LinkSpan) =>
	READ_AT_SITE.test(seg.text.slice(Math.max(0, link.start - 40), link.start));
/** Link texts that say where the work is read, not what it is called. */
const READ_AT = new RegExp(`^(?:${['free(?: online| pdf| e-?book)?', 'online', 'read(?: it)? (?:online|here|free)', 'pdf', 'epub',
	'html', 'web version', 'full text', '在线阅读', '免费阅读', '在线版'].join('|')})$`, 'i');
