/**
 * The quotation-mark reader: titles set in the quotation marks a language writes (`“…”`, `«…»`, `„…“`, `»…«`), each
 * with the people a by-word names right after it (`« L'Anomalie » d'Hervé Le Tellier`, `„Tschick“ von Wolfgang
 * Herrndorf`), wherever they stand in a segment: a list item, or a sentence naming two works.
 */
import {bibIn, citationIn, fullName, type Bib} from './biblio.ts';
import {item, LEADS, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {VENUE_YEAR} from './links.ts';
import {CLAUSE_CLOSES, ownersBefore, personNames} from './names.ts';
import {greekNominative, inEnglish} from './people.ts';
import {countUpTo, type Segment} from './segments.ts';
import {cleanTitle, stripNumbering, WRITTEN_ADDRESS} from './text.ts';

/** A title's first letter: a capital, a digit, or a letter of a script with no capitals (Arabic, Hebrew, Georgian). */
const OPENS = /^[\p{Lu}\d\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Georgian}]/u;
// (German and Danish books set titles in reversed guillemets too: `»QualityLand« von Marc-Uwe Kling`)
// (and in typewriter quotes, as plain-text comments write them: `Andrew Appel's "Modern Compiler Implementation"`)
const QUOTED = /«\s*([^«»\n]{2,150}?)\s*»|„([^„“”\n]{2,150}?)[“”]|“([^“”\n]{2,150}?)”|»([^«»\n]{2,150}?)«|"([^"\n]{2,150}?)"/gu;

/** Verbs telling to read a work, in the languages that set titles in «» or „“ (`прочитайте`, `lisez`, `lest`). */
const READ_VERBS = ['прочитайте', 'почитайте', 'прочтите', 'читайте', 'прочитать', 'lisez', 'lire', 'lest', 'lesen',
	'leest', 'lees', 'lean', 'leer', 'leia', 'ler', 'leggete', 'leggere', 'read', 'przeczytaj', 'przeczytajcie',
	'czytajcie',
	// (and telling it is recommended: `polecam`, `рекомендую`, `je recommande`, `ich empfehle`)
	'polecam', 'polecamy', 'рекомендую', 'советую', 'recommande', 'empfehle'];
const READ_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${READ_VERBS.join('|')})(?:[^.!?;]{0,40})$`, 'iu');

/** Words telling where to start, before the work to start with (`Начните с`, `Start with`, `Commencez par`). */
const START_WITH = ['начните с', 'начните со', 'начать с', 'start with', 'begin with', 'commencez par', 'empieza por',
	'empieza con', 'comece com', 'comece por', 'inizia con', 'iniziate con', 'beginne mit', 'zacznij od'];
/** A full name, its initials maybe before it (`С. И. Ковалёв`, `Mary Beard`). */
const NAMEISH = String.raw`(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
/**
 * Names closing what opens a sentence, or a clause after a spaced dash or a word telling to start there, then a comma
 * or a dash before the title: a stop after an initial ends no sentence (`… учебника. С. И. Ковалёв, `).
 */
const STARTS = START_WITH.map(words => `[${words[0]!.toUpperCase()}${words[0]}]${words.slice(1)}`).join('|');
const NAMES_CLOSING = new RegExp(String.raw`(?:^|(?<!(?:^|\s)\p{Lu})[.!?…]\s+|\s[-–—]\s+|(?<!\p{L})(?:${STARTS})\s+)`
	+ String.raw`(${NAMEISH})(?:\s+[-–—]{1,2}|[,，])\s*$`, 'u');
/** A name owning the title right before it (`Joe Armstrong's “The Mess We're In”`), in any sentence. */
const OWNER = /((?:\p{Lu}[\p{L}.-]*\s+){1,3}\p{Lu}[\p{L}-]*)['’]s\s*$/u;
/**
 * A full name in the genitive right after the title, as Polish and Russian name its author (`„Title” Vaughna Vernona`,
 * `«Чистый код» Роберта Мартина`): each word a man's name, its ending `-a` added to a consonant.
 */
const GENITIVE = /^\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?!\p{L})/u;
/** A word's genitive ending on a consonant (`Vernon-a`, `Мартин-а`). */
const MANS_GENITIVE = /[^aeiouyąęóаеёиоуыэюя][aа]$/iu;
/**
 * A man's name in the Greek genitive after `του` (`«Title» του Νίκου Αβούρη`), each word's ending read back to the
 * nominative (`-ου` -> `-ος`, `-η` -> `-ης`, `-α` -> `-ας`); a name in Latin letters stays as written.
 */
const GREEK_GENITIVE = /^\s+του\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2})(?!\p{L})/u;

/** The author a genitive names after a title, in the nominative (`Vaughna Vernona` -> `Vaughn Vernon`). */
export function genitiveAuthor(after: string): string[] | undefined {
	const greek = GREEK_GENITIVE.exec(after)?.[1];
	const named = greek ? fullName(greek.split(/\s+/).map(greekNominative).join(' ')) : undefined;
	if (named) return [named];
	const m = GENITIVE.exec(after);
	if (!m || !MANS_GENITIVE.test(m[1]!) || !MANS_GENITIVE.test(m[2]!)) return undefined;
	const name = fullName(`${m[1]!.slice(0, -1)} ${m[2]!.slice(0, -1)}`);
	return name ? [name] : undefined;
}

/** A full name after the title's comma, closing its clause (`«Title», Кім Скотт.`, `“Title”, Ann Lee (2019)`). */
const COMMA_NAME = /^\s*[,，]\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’-]+)\s*(?=[.;(（]|$)/u;

/** A thread's post numbered as threads number them (`2/`, `3/9`): a list's item written as a post of its own. */
const THREAD_POST = /^\s*\d{1,3}\/(?:\d{1,3})?\s/;

/**
 * The people named right before a quoted title: opening a list item, maybe then a dash or a colon (`Роберт Мартин —
 * «Чистый код» (Питер, 2019)`, `Name “Title”`), as lists written author first set them, and threads their posts; or
 * its owner in a sentence.
 * Then the publisher and year in brackets after, or a venue's year (`(Strange Loop 2014)`).
 */
function namedBefore(seg: Segment, start: number, after: string, lang?: string): (Bib & {weak?: boolean}) | undefined {
	const opening = seg.text.slice(0, start);
	// (or a comma, as a talk is cited: `Guy Steele, “Growing a Language” (OOPSLA 1998)`)
	const leads = LEADS.test(seg.tag) || THREAD_POST.test(seg.text);
	// (a possessive's `'s` is no part of the name: `Andrew Appel's "Title"`)
	const lead = leads ? stripNumbering(opening).replace(/(?:['’]s)?\s*(?:[-–—]{1,2}|[:：,，])?\s*$/u, '') : '';
	const owner = OWNER.exec(opening)?.[1];
	// (a paragraph opening with full names and a dash or a comma is a list's item written as one: `<p>Name — «Title».
	// Why…</p>`, `Name, „Title“, House, 2008`)
	// (or its sentence, or its clause after a dash, so: `…учебника. С. И. Ковалёв, «Title» — …`, `Для второго захода —
	// Name, «Title»`, `Начните с Name — «Title»`)
	const prose = /^(?:P|DIV)$/.test(seg.tag);
	const spaced = (text = '') => personNames(text)?.filter(name => / /.test(name));
	const opened = prose ? spaced(/^(.{4,60}?)(?:\s+[-–—]{1,2}|[,，])\s*$/u.exec(opening)?.[1])
		?? spaced(NAMES_CLOSING.exec(opening)?.[1]) : undefined;
	// (or anywhere in a sentence, the title closing its clause: `І ще Енді Гроув, «Title».`)
	const owners = CLAUSE_CLOSES.test(after) ? ownersBefore(seg, start, lang) : undefined;
	const authors = (lead && personNames(lead)) || (owner && fullName(owner) ? [owner] : undefined)
		|| (opened?.length ? opened : undefined) || owners;
	if (authors) return credited(authors, after);
	// (an author known by one name, as the classics are, before a comma: `1. Светоний, «Title» — …`; a word of a
	// sentence may stand so, `Например, «Title»`: read so only where its list's siblings are written so too)
	const one = leads && /[,，]\s*$/u.test(opening) && MONONYM.test(lead) ? lead : undefined;
	return one ? {...credited([one], after), weak: true} : undefined;
}
/** One name alone, a capital and its letters (`Плутарх`, `Tacitus`). */
const MONONYM = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * The rest of a quoted title's credit, its people known: its translator (`— переклав Name`), then the publisher and
 * year in brackets after, or a venue's year (`(Strange Loop 2014)`).
 */
function credited(authors: string[], after: string): Bib {
	const year = VENUE_YEAR.exec(after)?.[1];
	const clause = after.split(/[.。!?](?:\s|$)/u)[0]!;
	const cited = citationIn(clause, authors);
	return {authors, contributors: bibIn(clause).contributors, ...(year ? {publishedAt: year} : {}), ...cited};
}

/** The works a segment sets in quotation marks with a byline after them; titles the links already read are theirs. */
export function quoteMarkCandidates(seg: Segment, ctx: Context, taken: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const m of seg.text.matchAll(QUOTED)) {
		const span = {start: m.index, end: m.index + m[0].length};
		if (seg.links.some(l => l.start < span.end && l.end > span.start)) continue;
		const after = inEnglish(seg.text.slice(span.end, span.end + 300));
		const title = cleanTitle(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!);
		// (its address written out in brackets right after it: `"Title" ( <a>https://interpreterbook.com/</a> )`)
		// (looked up, not searched: a paragraph may quote and link thousands of works)
		const opened = /^\s*[(（]\s*/u.exec(seg.text.slice(span.end, span.end + 8))?.[0];
		const next = opened ? seg.links[countUpTo(seg.links, span.end + opened.length, l => l.start) - 1] : undefined;
		const address = opened && next?.start === span.end + opened.length && WRITTEN_ADDRESS.test(next.text.trim())
			? next : undefined;
		if (address && OPENS.test(title) && !NOT_TITLE.test(title) && !taken.some(c => c.title === title)) {
			const named = namedBefore(seg, span.start, after, ctx.lang) ?? {authors: [], contributors: []};
			out.push(item(title, seg, span, ctx, named, {quoted: true, url: address.url.href}));
			continue;
		}
		if (!/^\s*[,，]?\s*by\s/.test(after)) {
			// (or, in the marks that set titles apart, «» and „“, named in a sentence telling to read it)
			const told = !m[3] && !m[5] && READ_BEFORE.test(seg.text.slice(Math.max(0, span.start - 60), span.start));
			// (or, in a list's item, its author in the genitive right after it: `3. «Title» Чарлза Дахіґґа, …`)
			const owner = genitiveAuthor(seg.text.slice(span.end, span.end + 80));
			// (or its author's full name after a comma, closing the clause: `«Title», Кім Скотт.`)
			const comma = personNames(COMMA_NAME.exec(after)?.[1] ?? '');
			const named = namedBefore(seg, span.start, after, ctx.lang) ?? (comma ? credited(comma, after) : undefined)
				?? (owner && LEADS.test(seg.tag) ? credited(owner, after)
					: told ? {authors: owner ?? [], contributors: []} : undefined);
			if (named && OPENS.test(title) && !NOT_TITLE.test(title) && !taken.some(c => c.title === title)) {
				// (a conference named before the year is where it was given: a talk, kept as a video, `(CUSEC 2012)`)
				const venue = /^\s*[(（]\p{Lu}/u.test(after) && VENUE_YEAR.test(after);
				const given = venue ? {kind: 'video' as const} : {};
				const weak = 'weak' in named ? {weak: true} : {};
				out.push(item(title, seg, span, ctx, named, {quoted: true, ...given, ...weak}));
			}
			continue;
		}
		const bib = bibIn(after);
		// A title opens with a capital, and its people are named in full: a word in quotes `by` a system is no work
		// (`alerts fired when tasks were “de-scheduled” by Workqueue`)
		if (!OPENS.test(title) || !bib.authors.some(name => fullName(name)) || NOT_TITLE.test(title)) continue;
		if (taken.some(c => c.title === title)) continue;
		out.push(item(title, seg, span, ctx, bib, {quoted: true}));
	}
	return out;
}
