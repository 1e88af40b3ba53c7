/**
 * Outliners (Scrapbox/Cosense, Logseq, Workflowy) write a book as a line of its own, the title alone between Japanese
 * title marks (`『リーダブルコード』`, the title often a link to the writer's own note page on it), then deeper lines under
 * it: its people with each role after them (`A、B 著／C 訳`), its publisher and year (`オライリー・ジャパン、2012`),
 * maybe the book's address alone on a line, then a comment. No list markup says where a work starts: the title line
 * followed by its colophon does.
 */
import type {Bib} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {hostInfo} from './hosts.ts';
import {japaneseCreditLine, NAME} from './japanese.ts';
import {sectionKind} from './kind.ts';
import type {Segment} from './segments.ts';

/** A line that is one title alone between title marks, an edition maybe after the marked part (`『A 第2版』`). */
const TITLE_LINE = /^\s*『([^『』]{1,120})』\s*$/u;
/** A line giving the publisher and the year, as a colophon closes (`オライリー・ジャパン、2012`, `翔泳社, 2022年`). */
const IMPRINT_LINE = /^\s*([^、，,／/\n]{2,30}?)\s*[、，,]\s*((?:19|20)\d{2})\s*年?\s*$/u;
/** A line that is a web address alone. */
const ADDRESS_LINE = /^\s*https?:\/\/\S+\s*$/;
/**
 * A piece named after its maker, the title between corner quotes, a handle maybe in brackets between
 * (`和田卓人（t_wada）「Title」`), as talks and articles are named in Japanese.
 */
const MAKER_TITLE = /^\s*([^（()）「」『』\s]{2,30})\s*(?:[（(][^（()）]{1,30}[)）])?\s*「([^「」]{2,120})」\s*$/u;
/**
 * A work glossed in brackets after its name with whose work of what kind it is, then its address (`fukabori.fm（岩瀬義昌
 * さんのポッドキャスト） https://fukabori.fm/`): the owner is its maker, the kind what it is.
 */
const GLOSSED = /^\s*([^（()）\s][^（()）]{1,60}?)\s*[（(]\s*([^（()）]{2,30}?)\s*(?:さん|氏)?の\s*([^（()）の]{2,20})\s*[)）]\s*(https?:\/\/\S+)\s*$/u;
/** How many lines under a title its colophon and its address may take. */
const REACH = 4;

/**
 * The colophon read from the lines under a title: people closed by roles, then the publisher and the year; the
 * lines read, and the first address alone on a line (not the page's own site: the writer's notes).
 */
function colophon(segs: Segment[], at: number, page: URL): {bib: Bib; url?: string; last: number} | undefined {
	const people = segs[at + 1]?.text ?? '';
	const imprint = IMPRINT_LINE.exec(segs[at + 2]?.text ?? '');
	// (the publisher and year as fields of the same colophon: `A 著／C 訳／Publisher／Year`)
	const joined = imprint ? `${people}／${imprint[1]}／${imprint[2]}` : people;
	const bib = japaneseCreditLine(joined) ?? (imprint ? japaneseCreditLine(`${people}／${imprint[1]}`) : undefined);
	if (!bib?.authors.length && !bib?.contributors.length) return undefined;
	if (imprint) bib.publishedAt ??= imprint[2]!;
	let last = at + (imprint ? 2 : 1);
	let url: string | undefined;
	for (let k = last + 1; k <= at + REACH && k < segs.length; k++) {
		const seg = segs[k]!;
		if (TITLE_LINE.test(seg.text)) break;
		const link = seg.links[0];
		if (ADDRESS_LINE.test(seg.text) && link && link.url.host !== page.host) {
			url = link.url.href;
			last = k;
			break;
		}
	}
	return {bib, last, ...(url ? {url} : {})};
}

/** The books an outliner's page lists as title lines over their colophons; `read` holds the lines they take. */
export function outlineTitles(segs: Segment[], page: URL): {works: Candidate[]; read: Set<number>} {
	const works: Candidate[] = [];
	const read = new Set<number>();
	segs.forEach((seg, i) => {
		const piece = makerTitled(segs, i, page) ?? glossed(seg, i, page);
		if (piece) {
			works.push(piece);
			read.add(i).add(i + 1);
			return;
		}
		const title = TITLE_LINE.exec(seg.text)?.[1]?.trim();
		const found = title ? colophon(segs, i, page) : undefined;
		if (!title || !found) return;
		const ctx: Context = {page, seg: i, refSection: false, afterHeading: false, section: 'book'};
		works.push(item(title, seg, {start: 0, end: seg.text.length}, ctx, found.bib,
			found.url ? {url: found.url} : {}));
		for (let k = i; k <= found.last; k++) read.add(k);
	});
	return {works, read};
}

/** A maker's piece on line `i` (`Name「Title」`) whose address stands alone on the line under it. */
function makerTitled(segs: Segment[], i: number, page: URL): Candidate | undefined {
	const m = MAKER_TITLE.exec(segs[i]!.text);
	const next = segs[i + 1];
	const link = next && ADDRESS_LINE.test(next.text) ? next.links[0] : undefined;
	if (!m || !NAME.test(m[1]!) || !link || link.url.host === page.host) return undefined;
	const ctx: Context = {page, seg: i, refSection: false, afterHeading: false};
	const bib = {authors: [m[1]!], contributors: []};
	return item(m[2]!.trim(), segs[i]!, {start: 0, end: segs[i]!.text.length}, ctx, bib,
		{url: link.url.href, host: hostInfo(link.url)});
}

/** A work on line `i` glossed with its owner and its kind in brackets, its address after (`Name（A さんの…） URL`). */
function glossed(seg: Segment, i: number, page: URL): Candidate | undefined {
	const m = GLOSSED.exec(seg.text);
	const kind = m ? sectionKind(m[3]!) : undefined;
	const link = seg.links.at(-1);
	if (!m || !kind || !NAME.test(m[2]!) || !link || link.url.host === page.host) return undefined;
	const ctx: Context = {page, seg: i, refSection: false, afterHeading: false, section: kind};
	const bib = {authors: [m[2]!.trim()], contributors: []};
	const work = item(m[1]!.trim(), seg, {start: 0, end: m[1]!.length}, ctx, bib, {url: link.url.href});
	work.kind = kind;
	return work;
}
