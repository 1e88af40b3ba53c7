/**
 * A post whose works are each a heading may paste each work's shop page under its heading, which the blog engine
 * renders as a link preview (Tistory's and Naver's opengraph cards, WordPress embeds): a few lines that are all the
 * one link (the page's title, its description, its host), then the work's facts a labelled line each (`저자: A`,
 * `출판사: B`, `출간: 2015년 6월`). The heading names the work; the preview's title is the shop's name for its page
 * (`Title - 예스24`, `Title | Author - 교보문고`, a subtitle in another language), no title; its link is the work's.
 */
import {bibIn} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {FACT_LABEL} from './section-facts.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, stripNumbering} from './text.ts';
import {sectionKind} from './kind.ts';
import {personNames} from './names.ts';

/** Lines a preview holds at most (its image's caption, title, description, host). */
const CARD_LINES = 4;
/** Labelled lines a work's facts take at most. */
const FACT_LINES = 8;

/** The address a segment is wholly the link to, if it is (a preview's line inside the link wrapping it). */
const wholeLink = (seg: Segment | undefined) => {
	const link = seg?.links.length === 1 ? seg.links[0]! : undefined;
	return link && link.start === 0 && link.end >= seg!.text.trim().length ? link.url : undefined;
};

/**
 * A labelled publisher's aside in brackets after it (`인사이트(insight)`, `Green Tea Press (edizione gratuita)`): its
 * name in another script, a note on the edition, no part of the name.
 */
const ASIDE = /\s*[(（][^()（）]{1,40}[)）]\s*$/u;

/** The works of headings each over its shop page's preview and its labelled facts; `read` the segments they take. */
export function previewHeadings(segs: Segment[], page: URL): {works: Candidate[]; read: Set<number>} {
	const works: Candidate[] = [];
	const read = new Set<number>();
	segs.forEach((seg, i) => {
		if (!/^H[2-6]$/.test(seg.tag) || seg.links.length) return;
		const url = wholeLink(segs[i + 1]);
		if (!url || url.host === page.host) return;
		let end = i + 2;
		while (end < segs.length && end - i <= CARD_LINES && wholeLink(segs[end])?.href === url.href) end++;
		// (the facts stand under the preview, no link of theirs: a shop's card whose one link wraps its facts too is
		// read as a card, link-cards.ts, and the heading over it is its section's)
		const facts: string[] = [];
		while (end < segs.length && facts.length < FACT_LINES && FACT_LABEL.test(segs[end]!.text)
			&& !segs[end]!.links.length && !/^H[1-6]$/.test(segs[end]!.tag)) {
			facts.push(segs[end++]!.text);
		}
		const bib = bibIn(facts.join('\n'));
		const title = cleanTitle(stripNumbering(seg.text));
		if (!title || (!bib.authors.length && !bib.publisher)) return;
		if (bib.publisher) bib.publisher = bib.publisher.replace(ASIDE, '') || bib.publisher;
		const ctx: Context = {page, seg: i, refSection: false, afterHeading: false};
		works.push(item(title, seg, {start: 0, end: seg.text.length}, ctx, bib, {url: url.href}));
		for (let k = i; k < end; k++) read.add(k);
	});
	for (const [at, work] of quotedAbove(segs, page)) {
		if (read.has(at)) continue;
		works.push(work);
		for (let k = at; k < segs.length && (k === at || wholeLink(segs[k])?.href === work.url); k++) read.add(k);
	}
	return {works, read};
}

const EAST_ASIAN_NAME = /^[\p{Script=Hangul}\p{Script=Han}]{2,4}$/u;
/** A title in corner quotes or guillemets in prose (`강의 「Title」입니다`). */
const QUOTED = /[「『«]([^「」『』«»]{2,120})[」』»]/gu;
/** A shop's or a school's title for its page: the title, then `| Maker - Site` (`Title 강의 | 김영한 - 인프런`). */
const PAGE_TITLE = /^(.+?)\s*\|\s*([^|]+?)\s+[-–—]\s+([^|]+)$/u;

/**
 * A work named in quotes in a paragraph, its page's preview right under it (the page's title opening with the quoted
 * title): the preview is its page, its title's `| Maker - Site` its maker and where it is given, its title's own
 * words (`… 강의`, a course) what it is. The site is a course's or a talk's publisher, no book's (a shop sells it).
 */
function quotedAbove(segs: Segment[], page: URL): [number, Candidate][] {
	const out: [number, Candidate][] = [];
	segs.forEach((seg, i) => {
		const url = wholeLink(segs[i + 1]);
		if (seg.tag !== 'P' || seg.links.length || !url || url.host === page.host) return;
		const shown = PAGE_TITLE.exec(segs[i + 1]!.text.trim());
		const quote = [...seg.text.matchAll(QUOTED)].find(m => shown?.[1]!.startsWith(m[1]!.trim()));
		// (a name in Hangul or Han is one word of two to four syllables: `김영한`)
		const maker = !shown ? [] : personNames(shown[2]!) ?? (EAST_ASIAN_NAME.test(shown[2]!) ? [shown[2]!] : []);
		if (!shown || !quote || !maker.length) return;
		const section = sectionKind(shown[1]!.slice(quote[1]!.trim().length));
		const ctx: Context = {page, seg: i + 1, refSection: false, afterHeading: false, ...(section ? {section} : {})};
		const given = section && section !== 'book' ? {publisher: shown[3]!.trim()} : {};
		const bib = {authors: maker, contributors: [], ...given};
		const span = {start: 0, end: segs[i + 1]!.text.length};
		const work = item(cleanTitle(quote[1]!), segs[i + 1]!, span, ctx, bib, {url: url.href});
		if (section) work.kind = section;
		out.push([i + 1, work]);
	});
	return out;
}
