/**
 * Works named in running prose with no markup, as social posts write them (Facebook, LinkedIn, forums): the title's
 * capitalised words, a word saying whose work it is (`karya`, `dari`, `oleh`, `von`, `by`), the people (a tagged
 * person is a link to their profile, whose words are the name: `Pak <a>Rinaldi Munir</a>`), maybe a translator after
 * a comma (`terjemahan Name`), then the imprint in brackets (`(edisi keenam, Addison-Wesley, 2019)`) or the work's
 * address. The title runs back from the by-word over capitalised words and the single small words between them
 * (`Algoritma dan Pemrograman dalam Bahasa Pascal, C, dan C++`) to the sentence's or the clause's start.
 */
import {fullName} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {AND_WORDS} from './names.ts';
import {BY_PLAIN} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, YEAR} from './text.ts';

/**
 * Words saying whose work a title is, in prose: the shared by-words, and Indonesian's `karya` (work of), `dari` (from)
 * and `punya` (belonging to).
 */
const BY = ['by', ...BY_PLAIN, 'karya', 'dari', 'punya'];
/** Words a translator's name follows, after the people's comma (`, terjemahan Name`, `, translated by Name`). */
const TRANSLATED = ['translated by', 'terjemahan', 'diterjemahkan oleh', 'traduzione di', 'tradução de',
	'traducido por', 'übersetzt von', 'traduit par'];
/** A name as prose writes it: two to four capitalised words (`Gerald Jay Sussman`, `Robert C. Martin`). */
const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}`;
/** What joins names: a comma, or `and` in a language of the page (Indonesian's `dan` among them). */
const JOIN = `\\s*,\\s*|\\s+(?:${AND_WORDS}|&)\\s+`;
const NAMES = `${NAME}(?:(?:${JOIN})${NAME})*`;
/** The by-word, the people (an honorific maybe before: `Pak`, `Bu`), a translator, then the bracket or the address. */
const MADE_BY = new RegExp(`\\s(?:${BY.join('|')})\\s+(?:\\p{Lu}\\p{Ll}{1,3}\\.?\\s+)?(${NAMES})`
	+ `(?:\\s*,\\s*(?:${TRANSLATED.join('|')})\\s+(${NAME}))?\\s*(?:\\(([^()]{2,120})\\)|(https?:\\/\\/\\S+))`, 'gu');
/** Where a sentence or a clause opens: after a stop, a colon, a bullet, a line's break. */
const OPENING = /(?<=[\p{Ll}\d)"”’])[.!?]\s+|[:;•·]\s*|\n/gu;
/**
 * Indonesian's possessive: the title joined by `-nya` to what its owner is called, maybe a nickname, and the people
 * in full opening the bracket after (`Clean Code-nya Uncle Bob (Robert C. Martin, Prentice Hall, 2008)`).
 */
const OWNED = /-nya\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*\(([^()]{2,120})\)/gu;
/** A year closing a part of the imprint (`edisi keenam 2016`, `2019`). */
const YEAR_END = new RegExp(String.raw`(?:^|\s)(${YEAR})$`);

/** The capitalised words closing `text`, a single small word between two of them allowed; none if it ends lowercase. */
function titleRun(text: string): string | undefined {
	const words = text.trim().split(/\s+/);
	let at = words.length;
	const lower = (word: string | undefined) => !!word && /^\p{Ll}/u.test(word);
	while (at > 0 && !(lower(words[at - 1]) && (lower(words[at - 2]) || at - 1 === 0))) at--;
	while (at < words.length && lower(words[at])) at++;
	const title = words.slice(at).join(' ');
	return /^[\p{Lu}\d]/u.test(title) && !lower(words.at(-1)) ? title : undefined;
}

/**
 * The publisher and the year an imprint's bracket gives: the last capitalised part before the year (an edition's note,
 * lowercase, aside: `edisi keenam 2016`), the year.
 */
function imprint(bracket: string): {publisher?: string; publishedAt?: string} {
	const parts = bracket.split(/\s*,\s*/);
	const dated = parts.findLastIndex(part => YEAR_END.test(part));
	const year = dated >= 0 ? YEAR_END.exec(parts[dated]!)![1] : undefined;
	const house = (dated >= 0 && !parts[dated]!.replace(YEAR_END, '').trim() ? parts.slice(0, dated) : parts)
		.filter(part => /^\p{Lu}/u.test(part) && !YEAR_END.test(part)).at(-1);
	return {...house ? {publisher: house} : {}, ...year ? {publishedAt: year} : {}};
}

/** The works a prose segment names by their makers, with their imprint in brackets or their address after them. */
export function madeByInProse(seg: Segment, ctx: Context): {works: Candidate[]; makers: string[]} {
	if (!/^(?:P|DIV|LI|DD|BLOCKQUOTE)$/.test(seg.tag) || seg.text.length > 3000) return {works: [], makers: []};
	const out: Candidate[] = [];
	const owners: string[] = [];
	for (const m of seg.text.matchAll(MADE_BY)) {
		let from = 0;
		for (const stop of seg.text.slice(0, m.index).matchAll(OPENING)) from = stop.index + stop[0].length;
		let raw = titleRun(seg.text.slice(from, m.index));
		if (!raw) continue;
		// (a tagged person is a link on their name: its words are the name, the honorific before it none of it)
		const namesAt = m.index + m[0].indexOf(m[1]!);
		const tagged = seg.links.filter(l => l.start >= namesAt - 8 && l.end <= namesAt + m[1]!.length);
		const authors = tagged.length ? tagged.map(l => l.text.trim()) : m[1]!.split(new RegExp(JOIN, 'u'));
		if (!authors?.length || !authors.every(name => fullName(name))) continue;
		let start = from + seg.text.slice(from, m.index).lastIndexOf(raw);
		// A title set apart inside the run is the whole title: the sentence's words before it are none of it (`Then
		// <i>Title</i> by A`).
		const mark = seg.marks.find(span => span.start > start && span.start < start + raw!.length);
		if (mark) [raw, start] = [seg.text.slice(mark.start, Math.min(mark.end, start + raw.length)), mark.start];
		// (and one the run falls inside, which its small words cut, is whole too: `"<a>Inside the Mind of a X</a>" oleh
		// Name`)
		const around = mark ? undefined : [...seg.marks, ...seg.links]
			.find(span => span.start < start && span.end > start && span.end <= m.index);
		if (around) [raw, start] = [seg.text.slice(around.start, around.end), around.start];
		const title = cleanTitle(raw);
		if (title.length < 2 || authors.includes(title)) continue;
		const contributors = m[2] ? [{name: m[2], role: 'translator'}] : [];
		const address = m[4] ? seg.links.find(l => l.start >= m.index && l.start <= m.index + m[0].length) : undefined;
		const bib = {authors, contributors, ...m[3] ? imprint(m[3]) : {}};
		out.push(item(title, seg, {start, end: start + raw.length}, ctx, bib, address ? {url: address.url.href} : {}));
	}
	for (const m of seg.text.matchAll(OWNED)) {
		let from = 0;
		for (const stop of seg.text.slice(0, m.index).matchAll(OPENING)) from = stop.index + stop[0].length;
		const raw = titleRun(seg.text.slice(from, m.index));
		const parts = m[2]!.split(/\s*,\s*/);
		const named = parts.findIndex(part => !fullName(part));
		const authors = parts.slice(0, named < 0 ? parts.length : named);
		if (!raw || !authors.length) continue;
		const start = from + seg.text.slice(from, m.index).lastIndexOf(raw);
		const bib = {authors, contributors: [], ...imprint(parts.slice(authors.length).join(', '))};
		out.push(item(cleanTitle(raw), seg, {start, end: start + raw.length}, ctx, bib, {}));
		// (what the owner is called names no work: `Clean Code-nya Uncle Bob` is no title)
		owners.push(m[1]!);
	}
	const makers = out.flatMap(c => [...c.authors ?? [], ...c.contributors?.map(p => p.name) ?? []]);
	return {works: out, makers: [...makers, ...owners]};
}
