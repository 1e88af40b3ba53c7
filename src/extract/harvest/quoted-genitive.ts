/**
 * A work cited in a sentence of Russian or Ukrainian prose: its title in guillemets, its authors after it in the
 * genitive (`«Title» Мартина Клеппмана`, `«Title» Диего Онгаро и Джона Оустерхаута`), then its imprint in brackets
 * (`(Питер, 2018)`, or the year alone: `(2014)`), as posts cite a book or a paper in passing. The bracket says it is a
 * citation; each name is read back in the nominative, a word ending `-а` after a consonant losing it (a name that
 * does not decline, `Диего Онгаро`, stays as written). The title may be linked: the link is its address.
 */
import {fullName} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, YEAR} from './text.ts';

/** A name of two capitalised words, Cyrillic. */
const NAME = String.raw`\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`;
/** `«Title» Name [и|і|та Name] (House, Year)` or `(Year)`. */
const CITED = new RegExp(`«([^«»]{2,200})»\\s+(${NAME}(?:\\s+(?:и|і|та)\\s+${NAME})?)\\s*`
	+ String.raw`\((?:([^()\d,]{2,40}),\s*)?(${YEAR})\)`, 'gu');
/** A word's genitive ending on a consonant (`Мартина`, `Джона`). */
const MANS_GENITIVE = /[^аеёиоуыэюяіїє]а$/u;

/** The nominative of a name in the genitive, word by word; undefined when no word of it declined. */
function nominative(names: string[]): string[] | undefined {
	const words = names.map(name => name.split(/\s+/));
	if (!words.flat().some(word => MANS_GENITIVE.test(word))) return undefined;
	return words.map(parts => parts.map(word => (MANS_GENITIVE.test(word) ? word.slice(0, -1) : word)).join(' '));
}

/** The works a prose segment cites in guillemets with their authors in the genitive and their imprint. */
export function quotedGenitives(seg: Segment, ctx: Context): Candidate[] {
	if (!/^(?:P|DIV|LI|DD|BLOCKQUOTE)$/.test(seg.tag) || !seg.text.includes('«')) return [];
	const out: Candidate[] = [];
	for (const m of seg.text.matchAll(CITED)) {
		const authors = nominative(m[2]!.split(/\s+(?:и|і|та)\s+/u));
		if (!authors?.every(name => fullName(name))) continue;
		const span = {start: m.index, end: m.index + m[1]!.length + 2};
		const link = seg.links.find(l => l.start <= span.start + 1 && l.end >= span.end - 1);
		const bib = {authors, contributors: [], ...m[3] ? {publisher: m[3].trim()} : {}, publishedAt: m[4]!};
		// (cited in passing, it is what its own words say, not what its section lists: a paper under `Courses`)
		const {section: _section, ...cited} = ctx;
		const extra = {quoted: true, ...link ? {url: link.url.href} : {}};
		const work = item(cleanTitle(m[1]!), seg, span, cited, bib, extra);
		// (a year alone, no house, and its link a PDF: a paper, as papers are cited and shared)
		if (!m[3] && link && /\.pdf$/i.test(link.url.pathname)) work.kind = 'paper';
		out.push(work);
	}
	return out;
}
