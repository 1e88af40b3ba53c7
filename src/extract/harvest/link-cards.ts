/**
 * Link cards, as blog engines render a pasted address (Ghost's bookmark card, Notion's bookmark): one link wrapping
 * the page's title, its description, then a line of its author and publisher in elements named so
 * (`kg-bookmark-author`, `kg-bookmark-publisher`). The card is one work: its first line the title, its named fields
 * its facts; its other lines are no titles.
 */
import {bibIn, FACT_LABELS, fullName} from './biblio.ts';
import {siteFirst} from './bookmark-site.ts';
import {VENUE} from './citation.ts';
import {fieldBib} from './field-classes.ts';
import {hostInfo, pathKind} from './hosts.ts';
import {item, type Candidate, type Context} from './item.ts';
import {PERSON} from './korean.ts';
import {personNames} from './names.ts';
import {splitNames} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** Lines a card holds at most (title, description, metadata, the address). */
const CARD_LINES = 5;

/**
 * A line labelling one of a work's facts (`저자: A`, `Publisher: B`), as a card's definition list of terms reads (see
 * term-labels.ts): the label was the term, outside the link its definition held.
 */
const FACT_LABEL = new RegExp(`^\\s*(?:authors?|translators?|publisher|${FACT_LABELS.join('|')})\\s*[:：]\\s*`, 'iu');

/** The address a segment is wholly the link to, if it is (a line inside a link wrapping the card), its label aside. */
const wholeLink = (seg: Segment | undefined) => {
	const link = seg?.links.length === 1 ? seg.links[0]! : undefined;
	const label = FACT_LABEL.exec(seg?.text ?? '')?.[0].length ?? 0;
	return link && (link.start === 0 || link.start === label) && link.end >= seg!.text.length ? link.url.href
		: undefined;
};

/** A page's title naming its work in quotes after a phrase (`Home page for the book, "Bayesian Data Analysis"`). */
const QUOTED_NAME = /^[^"“”]{3,60}[,:]\s*["“]([^"“”]{2,120})["”]$/u;

/**
 * What a link preview says of the work its heading links: the title as the heading names it, its people, and the work
 * as the preview alone shows it (where nothing else read the heading so: no work's link reads as one by itself).
 */
export type Preview = {title: string; url: string; authors: string[]; card: Candidate};

/**
 * A link preview a post holds (a forum's onebox): its heading, the link, is the work (read as any linked heading is);
 * a line of names alone under it (an arXiv preview's authors), or a description's byline (`…, by A, B, and C.`), its
 * people; its other lines (the description, a price) no works.
 */
function preview(segs: Segment[], i: number, page: URL): {read?: [number, Preview]; end: number} {
	const url = segs[i]!.preview!.href;
	let end = i;
	while (end < segs.length && segs[end]!.preview?.href === url) end++;
	const at = i + segs.slice(i, end).findIndex(s => /^H[2-6]$/.test(s.tag) && s.links[0]?.url.href === url);
	if (at < i) return {end};
	const text = segs[at]!.links[0]!.text.trim();
	const under = segs.slice(at + 1, end);
	const authors = under.map(s => personNames(s.text)).find(Boolean)
		?? under.map(s => bibIn(s.text).authors).find(found => found.length) ?? [];
	const title = cleanTitle(QUOTED_NAME.exec(text)?.[1] ?? text);
	const ctx: Context = {page, seg: at, refSection: false, afterHeading: false};
	const span = {start: 0, end: segs[at]!.text.length};
	const card = item(title, segs[at]!, span, ctx, {authors, contributors: []}, {url});
	return {read: [at, {title, url, authors, card}], end};
}

/** A caption's sentence naming people and a year, alone (`Ben Moseley et Peter Marks, 2006.`). */
const CREDIT_SENTENCE = /^((?:[^,.;:!?]|(?<=\b\p{Lu})\.){4,120}?)\s*,\s*((?:19|20)\d{2})\.?(?:\s|$)/u;

/**
 * A card's caption opening with its people and its year (`Ben Moseley et Peter Marks, 2006. Quarante pages…`), as
 * posts caption a paper's card: when they name the card's author among them, they are all its people, the year its.
 */
function captioned(card: Candidate, next: Segment | undefined): void {
	const m = CREDIT_SENTENCE.exec(next?.text ?? '');
	const names = m ? splitNames(m[1]!) : [];
	const credits = !!m && !!card.authors?.length && names.every(name => fullName(name));
	if (!credits || !names.includes(card.authors![0]!)) return;
	card.authors = names;
	card.publishedAt ??= m![2]!;
}

/** An address as a card writes it, its `www.` aside. */
const bare = (host: string) => host.trim().replace(/^www\./, '');

/**
 * A page's title as a preview shows it, the site's name after a dash or a bar (`Title - 예스24`), and before it maybe
 * whose the work is (`Title | 김영한 - 인프런`, a course's teacher, as course sites title their pages).
 */
function pageTitle(text: string): {title: string; authors: string[]} {
	const [name, owner] = text.split(/\s+[|｜]\s+/);
	const who = owner?.split(/\s+[-–—]\s+/)[0]?.trim() ?? '';
	const authors = personNames(who) ?? (PERSON.test(who) && who !== owner?.trim() ? [who] : []);
	return {title: cleanTitle(owner ? name! : text.replace(/\s+[-–—|]\s+[^-–—|]{1,20}$/u, '')), authors};
}

/** The works of a page's link cards, and the segments they stand for (whose own readings give way). */
export function linkCards(segs: Segment[], page: URL):
	{cards: Candidate[]; lines: Set<number>; previews: Map<number, Preview>} {
	const cards: Candidate[] = [];
	const lines = new Set<number>();
	const previews = new Map<number, Preview>();
	for (let i = 0; i < segs.length; i++) {
		if (segs[i]!.preview) {
			const {read, end} = preview(segs, i, page);
			if (read) previews.set(...read);
			for (let k = i; read && k < end; k++) if (k !== read[0]) lines.add(k);
			i = end - 1;
			continue;
		}
		const url = wholeLink(segs[i]);
		if (!url || /^H[1-6]$/.test(segs[i]!.tag)) continue;
		let end = i + 1;
		while (end < segs.length && end - i < CARD_LINES && wholeLink(segs[end]) === url) end++;
		// (the named fields come after the title: the card's first line is never its metadata)
		const meta = segs.slice(i + 1, end).find(s => s.fields?.author || s.fields?.publisher);
		// (or its facts labelled, a line each: a shop's book card, `저자: A`, `출판: B`, `발매: 2013.12.24.`)
		const labelled = segs.slice(i + 1, end).filter(s => FACT_LABEL.test(s.text)).map(s => s.text);
		// (or closing on its page's address, as an editor previews a pasted link: the page's title, its description,
		// `www.inflearn.com`)
		const previewed = end - i >= 2 && bare(segs[end - 1]!.text) === bare(new URL(url).hostname);
		if (!meta && !labelled.length && !previewed) continue;
		// (Ghost's card may name the site where the author stands, and carry it in the title: bookmark-site.ts)
		const read = meta ? siteFirst(meta.fields!, cleanTitle(segs[i]!.text), new URL(url)) : undefined;
		const shown = !meta && !labelled.length ? pageTitle(segs[i]!.text) : undefined;
		const title = read?.title ?? shown?.title ?? cleanTitle(segs[i]!.text);
		const bib = read ? fieldBib(read.fields) : shown ? {authors: shown.authors, contributors: []}
			: bibIn(labelled.join('\n'));
		// (what its address says it is: a known host's work page, a page under `/courses/` or `/papers/`)
		const address = new URL(url);
		const section = pathKind(address);
		const ctx: Context = {page, seg: i, refSection: false, afterHeading: false, ...(section ? {section} : {})};
		// (a journal's or a society's name for a publisher says the page is a paper: `Communications of the ACM`)
		const paper = !!bib.publisher && VENUE.test(bib.publisher);
		const card = item(title, segs[i]!, {start: 0, end: segs[i]!.text.length}, ctx, bib,
			{url, host: hostInfo(address)});
		if (paper) card.kind = 'paper';
		captioned(card, segs[end]);
		cards.push(card);
		for (let k = i; k < end; k++) lines.add(k);
		i = end - 1;
	}
	return {cards, lines, previews};
}
