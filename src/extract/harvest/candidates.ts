import {parseReference} from './biblio.ts';
import {proseWorks} from './prose.ts';
import {bylineCandidates, PEOPLE_LABEL} from './byline.ts';
import {parseCitation} from './citation.ts';
import {parseColonCitation} from './colon-citation.ts';
import {cyrillicLinkWorks} from './cyrillic-links.ts';
import {koreanLinkWorks} from './korean-links.ts';
import {parseLabelledCitation} from './labelled-citation.ts';
import {parseQuotedCitation} from './quoted-citation.ts';
import {boldLead} from './bold-lead.ts';
import {lineOverButton} from './button-line.ts';
import {emojiCard} from './emoji-lines.ts';
import {parseFilmCitation} from './film-citation.ts';
import {hindiLinkWorks} from './hindi-links.ts';
import {hostInfo, isChromeLink} from './hosts.ts';
import {cornerCitation} from './cited-corner.ts';
import {item, type Candidate, type Context} from './item.ts';
import {juxtaposedWorks} from './juxtaposed.ts';
import {sectionKind} from './kind.ts';
import {parseIsoCitation} from './iso-citation.ts';
import {linkCandidates, namesHost} from './links.ts';
import {markedTitles} from './marked-titles.ts';
import {quoteMarkCandidates} from './quote-marks.ts';
import {quotedCandidates} from './quoted.ts';
import type {LinkSpan, Segment, Span} from './segments.ts';
import {cleanTitle, stripNumbering, WRITTEN_ADDRESS} from './text.ts';
import {parseVenueCitation} from './venue-citation.ts';
import {writtenOut} from './written-out.ts';

export type {Candidate, Context, Order} from './item.ts';

/**
 * A line of links set apart by bars, dots or spaced dashes (`Guidelines | FAQ | API | Legal | Contact`, `Contacto -
 * Aviso Legal - Cookies - Archivo`), one part unlinked at most (a mail address) and none a label (`Books: <a>…</a> ·
 * <a>…</a>`): a site's navigation.
 */
function isLinkBar(seg: Segment): boolean {
	if (seg.links.length < 3) return false;
	const parts = seg.text.split(/\s*[|｜·•]\s*|\s+[-–—]\s+/);
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
	const words = label ? seg.text.slice(0, label.end) : '';
	// (or by a stop, when its few words name the kind of work after it: `<b>Papers.</b> A and B, “Title”`, `<b>A
	// talk.</b>`)
	const kindLabel = /^[^.]{2,20}\.\s*$/.test(words) && words.split(' ').length <= 3 && !!sectionKind(words);
	if (!label || label.end > 30 || !(/[:：]\s*$/.test(words) || kindLabel)) return seg;
	// (a label of people keeps its line: it names the people of the work above, `<b>Autori:</b> A, B`)
	if (PEOPLE_LABEL.test(seg.text)) return seg;
	const cut = label.end + (seg.text.length - label.end - seg.text.slice(label.end).trimStart().length);
	if (cut >= seg.text.length) return seg;
	const shift = <T extends Span>(s: T): T => ({...s, start: s.start - cut, end: s.end - cut});
	return {...seg, text: seg.text.slice(cut), links: seg.links.filter(l => l.start >= cut).map(shift),
		marks: seg.marks.filter(m => m.start >= cut).map(shift)};
}

/** A label opening a line before its citation: a few words, maybe a number, and a colon (`Week 3:`, `Required:`). */
const LINE_LABEL = /^(?:\p{L}+\s+){0,2}(?:\p{L}+|\d{1,3})\s*[:：]\s+/u;

/** A file's name as a link's text (`nielsen-molich-1990.pdf`). */
const FILE_NAME = /^\S+\.(?:pdf|epub|djvu|docx?|pptx?)$/i;

/**
 * `line` (the end of `seg`'s text, maybe cut before `end`) read as a reference or a citation, and how far into `seg`
 * it starts.
 */
function citedIn(seg: Segment, whole: string, end?: number) {
	const shift = seg.text.length - whole.length;
	const line = end === undefined ? whole : whole.slice(0, end - shift).trimEnd();
	const ref = parseReference(line);
	const moved = (spans: Span[]) => spans.map(m => ({start: m.start - shift, end: m.end - shift}));
	const cited = ref ? undefined : parseIsoCitation(line, moved(seg.marks))
		?? parseCitation(line, moved(seg.marks), true, moved(seg.links))
		?? parseColonCitation(line, moved(seg.marks), moved(seg.links)) ?? parseFilmCitation(line, moved(seg.marks))
		?? parseVenueCitation(line, moved(seg.marks)) ?? parseLabelledCitation(line, moved(seg.links))
		?? parseQuotedCitation(line);
	return ref || cited ? {shift, ref, cited} : undefined;
}

/** The works one segment names, or nothing. */
export function candidatesIn(whole: Segment, given: Context): Candidate[] {
	if (isLinkBar(whole)) return [];
	const seg = unlabelled(whole);
	// (the label set apart names the kind of the work after it, as a section's heading does: `<b>Kurs:</b> <a>…</a>`)
	const kind = seg === whole ? undefined : sectionKind(whole.text.slice(0, whole.text.length - seg.text.length));
	const ctx = kind ? {...given, section: kind} : given;
	// (and a footnote's back-links: `^ a b Newport, Cal (2016).`)
	const numbered = stripNumbering(seg.text).replace(/^\^(?:\s+[a-z]\b)*\s*/, '');
	const noted = ctx.refSection || /^\s*\[\d+\]/.test(seg.text);
	// A line in a citation style (GB/T without its type code too) is a work's reference wherever it stands; outside
	// a references section, only among other works (index.ts), as a list of such lines is (so MLA's line with no
	// publisher is read too: `Newport, Cal. Deep Work. 2016.`)
	// (maybe after a label saying when or whether to read it: `Week 3: Nielsen, J. (1990). …`, `Optional: …`)
	// (and before a link closing it to a file of it: `… 249–256. <a>nielsen-molich-1990.pdf</a>`)
	const label = LINE_LABEL.exec(numbered)?.[0] ?? '';
	const last = seg.links.at(-1);
	const filed = last && last.end === seg.text.length && FILE_NAME.test(last.text) ? last.start : undefined;
	const read = citedIn(seg, numbered)
		?? (label || filed ? citedIn(seg, numbered.slice(label.length), filed) : undefined);
	if (read) {
		const {shift, ref, cited} = read;
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
	// (or a list item's bold title and its facts, its only link its address written out: bold-lead.ts)
	const written = writtenOut(seg, ctx) ?? emojiCard(seg, ctx) ?? boldLead(seg, ctx);
	if (written) return [written];
	const linked = linkCandidates(seg, ctx);
	// (a Hindi, Ukrainian or Russian sentence names its linked work's kind and owner around it: hindi-links.ts,
	// cyrillic-links.ts)
	// (and a Korean one, its kind before it or its hosts after: korean-links.ts)
	linked.push(...hindiLinkWorks(seg, ctx, linked), ...cyrillicLinkWorks(seg, ctx, linked),
		...koreanLinkWorks(seg, ctx, linked));
	const found = [...linked, ...quotedCandidates(seg, ctx, linked), ...quoteMarkCandidates(seg, ctx, linked)];
	// (and, in Persian, a title set apart with its author right after it: juxtaposed.ts)
	found.push(...juxtaposedWorks(seg, ctx, found));
	// (and the titles set apart beside the links, in a sentence recommending several)
	if (linked.length) found.push(...markedTitles(seg, ctx, found));
	// A line opening with a link was read as that link's: its text is not an unlinked title (`<a>VS Code</a> - 编辑器`)
	const first = seg.links[0];
	const opensWithLink = first && !cleanTitle(seg.text.slice(0, first.start)) && !isChromeLink(first.url, ctx.page);
	// (a line closing on a store's button is read as the line: button-line.ts)
	if (found.length || opensWithLink) return lineOverButton(seg, ctx, found);
	// (a Japanese line citing a work by its title in corner brackets, its authors and year after it: cited-corner.ts)
	const corner = cornerCitation(seg, ctx);
	if (corner) return [corner];
	const works = bylineCandidates(seg, ctx);
	// (a paragraph or a chat's message may cite a work in passing besides, `Title (Surname & Surname, 2006)`; its
	// reading outweighs a line's that took the sentence before it for the title)
	if (!ctx.asked && /^(?:P|DIV)$/.test(seg.tag)) {
		for (const cited of proseWorks(seg, ctx)) {
			const i = works.findIndex(work => work.title.includes(cited.title));
			if (i >= 0) works[i] = cited;
			else works.push(cited);
		}
	}
	// (and an answer's block of no paragraph, as Hacker News writes a comment, the works no other reading holds, or
	// whose reading took the sentence before the title for it: byline.ts reads an answer's paragraph)
	// (not a run of capitals cut from within a title set apart: `<i>The Big Roads: …, and Trailblazers Who Created
	// the American Superhighways</i> by Earl Swift`)
	if (ctx.asked && seg.tag === 'DIV') {
		for (const cited of proseWorks(seg, ctx)) {
			const i = works.findIndex(work => work.title.includes(cited.title));
			if (i < 0) works.push(cited);
			else if (works[i]!.title !== cited.title && !withinMark(seg, cited.title)) works[i] = cited;
		}
	}
	// (and, with no link, the titles set apart that a bracket cites, no other reading holding them: `<em>Title</em>
	// (House, 2003)`)
	if (!linked.length) {
		works.push(...markedTitles(seg, ctx, [], true).filter(cited => !works.some(work =>
			work.title.includes(cited.title) || cited.title.includes(work.title))));
	}
	// A link saying where to read the one work the line names (`— Robert Nystrom (<a>free online</a>)`), or naming the
	// site it is on (`… ada versi percuma dekat <a>Project Gutenberg</a>`), is its page
	const where = works.length === 1 && !works[0]!.url ? seg.links.find(l => !isChromeLink(l.url, ctx.page)
		&& (READ_AT.test(l.text.trim()) || ownAddress(l) || readAtBefore(seg, l) || namesHost(l))) : undefined;
	return where ? [{...works[0]!, url: where.url.href}] : works;
}

/** True when `title` stands in the segment inside a longer stretch set apart (in italics, in bold). */
function withinMark(seg: Segment, title: string): boolean {
	const start = seg.text.indexOf(title);
	const end = start + title.length;
	return start >= 0 && seg.marks.some(m => m.start <= start && m.end >= end && m.end - m.start > title.length);
}

/** Words saying the link after them is where the work is read (`Free to read at`, `Free PDF from`). */
const READ_AT_SITE = /\b(?:read|free|available|download|pdf)\b[^.!?]{0,20}\b(?:at|on|from)\s*$/i;
/** True when the words right before `link` say it is where the work is read. */
export const readAtBefore = (seg: Segment, link: LinkSpan) =>
	READ_AT_SITE.test(seg.text.slice(Math.max(0, link.start - 40), link.start));
/** A link whose text is its own address (`d2l.ai`, `web.stanford.edu/~jurafsky/slp3`): a place, not a title. */
const ownAddress = (link: LinkSpan) => {
	const host = WRITTEN_ADDRESS.exec(link.text.trim())?.[1];
	return !!host && host.replace(/^www\./, '') === link.url.hostname.replace(/^www\./, '');
};
/** Link texts that say where the work is read, not what it is called. */
const READ_AT = new RegExp(`^(?:${['free(?: online| pdf| e-?book)?', 'online', 'read(?: it)? (?:online|here|free)', 'pdf', 'epub',
	'html', 'web version', 'full text', '在线阅读', '免费阅读', '在线版'].join('|')})$`, 'i');
