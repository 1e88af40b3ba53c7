/**
 * A work cited in Japanese by its title in corner brackets opening a line, maybe after its kind's label, its authors in
 * Latin letters and its year in brackets right after (`論文：「Title」Wasserstein & Lazar（2016）の<a>日本語訳PDF</a>`), as
 * posts cite a paper: the line's link after the citation is where to read it, a translation's or a copy's.
 */
import {item, type Candidate, type Context} from './item.ts';
import {kindFromWords} from './kind.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** Regex source: a surname or a full name in Latin letters (`Lazar`, `Ronald L. Wasserstein`). */
const LATIN_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const CITED = new RegExp(String.raw`^\s*(?:([^\s:：「『]{1,10})\s*[:：]\s*)?[「『]([^「」『』]{2,120})[」』]\s*`
	+ String.raw`(${LATIN_NAME}(?:\s*(?:&|and|、|,)\s*${LATIN_NAME})*)\s*[（(]((?:19|20)\d{2})[）)]`, 'u');

/** The work such a line cites, or nothing. */
export function cornerCitation(seg: Segment, ctx: Context): Candidate | undefined {
	if (!/^(?:LI|P|DD)$/.test(seg.tag)) return undefined;
	const m = CITED.exec(seg.text);
	if (!m) return undefined;
	const [whole, label, title, names, year] = m;
	const authors = names!.split(/\s*(?:&|\band\b|、|,)\s*/).map(name => name.trim()).filter(Boolean);
	const start = m.index + whole.indexOf(title!);
	const link = seg.links.find(l => l.start >= m.index + whole.length);
	const kind = label ? kindFromWords(label) : undefined;
	return item(cleanTitle(title!), seg, {start, end: start + title!.length}, kind ? {...ctx, section: kind} : ctx,
		{authors, contributors: [], publishedAt: year!}, link ? {url: link.url.href} : {});
}
