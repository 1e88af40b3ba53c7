/** The byline reader: an unlinked line naming a work and its people (`Title by Name`, `Title – Name`, a card). */
import {bibIn, citationIn, creditLine, fullName, publisherIn, type Bib} from './biblio.ts';
import {authorFirst, citedAuthorFirst, trailingNames} from './author-first.ts';
import {CLOSING_YEAR, COLLECTIVE, DASH_CLAUSE, dashAuthors, yearIn} from './clause.ts';
import {genitiveOwners, proseImprint} from './genitive.ts';
import {isChromeLink} from './hosts.ts';
import {item, LEADS, NOT_TITLE, type Candidate, type Context} from './item.ts';
import {KIND_NOUNS, kindFromWords} from './kind.ts';
import {HANGUL, koreanCredit, koreanImprint} from './korean.ts';
import {nextMark} from './marked-titles.ts';
import {syllabusLine} from './syllabus-lines.ts';
import {BIDDING, HAN_RE, joinedSurnames, ownersBefore, personNames, ROLE, SURNAME_ALONE} from './names.ts';
import {AUTHOR_LABELS, inEnglish, isPerson, parsePeople, TRANSLATOR_LABELS} from './people.ts';
import type {Segment, Span} from './segments.ts';
import {showCredits} from './show-credits.ts';
import {proseWorks} from './prose.ts';
import {FACT_LABEL} from './section-facts.ts';
import {slashed} from './slashed.ts';
import {cleanTitle, EDITION, EVENT_YEAR, stripNumbering} from './text.ts';

/** An edition note with its year (`(20th anniversary edition, 2019)`, `(2nd ed. 2018)`): the edition meant, dated. */
const EDITION_YEAR = /[(（][^()（）]{0,40}?\bed(?:ition|\.)[^()（）\d]{0,4}((?:19|20)\d{2})\s*[)）]/i;
/** A heading over people, not works: their lines are `Name, Affiliation`. */
const PEOPLE_HEADING = /\b(?:speakers?|team|people|staff|contributors?|organi[sz]ers?|committee|members?|thanks|acknowledg(?:e)?ments?|panel(?:ists)?|hosts?|judges|mentors?|advisors?|authors?)\b/i;
/** What a writer's work is called after its title (`, Sally Rooney's fourth novel`). */
const GENRES = ['novel', 'book', 'memoir', 'debut', 'collection', 'essays', 'biography', 'history', 'thriller',
	'stories', 'poems', 'novella', 'primer', 'textbook', 'handbook', 'classic'];
// (a name ending in s may own it with the apostrophe alone: `, Donella Meadows' small primer`)
const OWNED_AFTER = new RegExp(String.raw`^\s*[,，]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})`
	+ String.raw`(?:['’]s|(?<=s)['’])\s+`
	+ String.raw`(?:[\p{L}\d-]+\s+){0,2}?(?:${GENRES.join('|')})\b`, 'u');
const THEIR_WORK = new RegExp(String.raw`^\s*[,，]\s*(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?`
	+ `(?:${GENRES.join('|')})\\b`, 'u');
const WROTE_IT = /^\s*[.。]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+wrote\s+(?:it|this)\b/u;

/** A film's studio and year in brackets after its title, then its directors (`(Netflix, 2020), directed by A`). */
const FILM = new RegExp(String.raw`^\s*[(（]([^()（）,，\d]{2,40})[,，]\s*((?:19|20)\d{2})[)）][,，]?`
	+ String.raw`\s+directed\s+by\s+([^.;!?]{4,120})`, 'iu');

/** A full name owning what follows it (`Osvaldo Martin’s `). */
// (a verb bidding the reader to it is no word of the name: `Read Ben Ortiz’s`)
const POSSESSOR = new RegExp(String.raw`(?!(?:${BIDDING.join('|')})\s)(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3})`
	+ String.raw`['’]s\s*$`, 'u');
/** A surname alone owning what follows it, opening its line (`Bishop’s `, as answers cite a book by its author). */
const SURNAME_POSSESSOR = new RegExp(String.raw`^\s*(?:(?:${BIDDING.join('|')})\s+)?(\p{Lu}[\p{L}-]+)['’]s\s*$`, 'u');
/**
 * The kind of work and whose it is, in Portuguese and Spanish, before a colon and the title (`O clássico de Robert C.
 * Martin, o Uncle Bob: <em>Title</em>`, `el libro de Ana Lima: <em>Title</em>`): the owner wrote it, a nickname aside.
 */
const WORK_NOUNS = ['livro', 'clássico', 'romance', 'curso', 'libro', 'clásico', 'novela', 'ensayo', 'obra'];
const WHOSE_BEFORE = new RegExp(String.raw`\b(?:${WORK_NOUNS.join('|')})\s+(?:d[eoa]|del)\s+`
	+ String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:\s*,\s*[^,:;.]{1,30})?\s*:\s*$`, 'u');
const whoseBefore = (before: string) => {
	const name = fullName(WHOSE_BEFORE.exec(before)?.[1] ?? '');
	return name ? [name] : undefined;
};
/** An imprint in brackets closing on a year, maybe after a nickname in quotes and before an edition's number. */
const IMPRINT_BRACKET = /^\s*[(（]([^()（）]{2,80}?\b((?:19|20)\d{2}))[)）]/u;

/**
 * The owner named before a title (`opening` is all the line's text before it) and the imprint in brackets after it,
 * as its people, publisher and year; an owner in the genitive (genitive.ts: `Charles Petzoldin <i>Title</i>`) says it
 * is their work with no imprint after it too; so does any owner in an answer where the page asks for works (`Also
 * Appel’s <em>Title</em> if you don’t mind ML`).
 */
function ownedImprint(before: string, after: string, opening: string, ctx: Context): Bib | undefined {
	const {lang, asked} = ctx;
	const genitive = genitiveOwners(before, lang) ?? whoseBefore(before);
	// (a surname alone too, where it opens the line: `Bishop’s <i>Title</i> (Springer, 2006)`)
	const surname = SURNAME_POSSESSOR.exec(opening)?.[1];
	const owner = fullName(POSSESSOR.exec(before)?.[1] ?? '')
		?? (surname && SURNAME_ALONE.test(surname) && !publisherIn(surname) ? surname : undefined);
	const authors = genitive ?? (owner ? [owner] : undefined);
	const imprint = IMPRINT_BRACKET.exec(after);
	if (!authors || !imprint) {
		return genitive ? {authors: genitive, contributors: [], ...proseImprint(after)}
			: authors && asked ? {authors, contributors: []} : undefined;
	}
	const parts = imprint[1]!.split(/\s*[,，]\s*/).filter(part => !/^["“‘']/u.test(part));
	const house = parts[0] && !/\d/.test(parts[0]) && /^\p{Lu}/u.test(parts[0]) ? parts[0] : undefined;
	return {authors, contributors: [], publishedAt: imprint[2]!, ...(house ? {publisher: house} : {})};
}

/** The event and year a talk's byline names it given at (`a talk by X at CUSEC 2012`). */
const GIVEN_AT = new RegExp(String.raw`^\s*[,，]?\s*a talk by\s+[^.;!?]{2,60}?\sat\s+${EVENT_YEAR}`, 'u');

/** The title side of a `Title by Name` line: the text before its `by`. */
type TitleBy = {title: string};
/**
 * `Title by Name` (not a translator's or an editor's `by`, nor a `By` closing a title before its dash); a `by` whose
 * words are no one's name is the title's own when a later one names someone (`Poverty, by America by Matthew Desmond`).
 */
const DESCRIBED = /\s+[-–—]{1,2}\s+\p{Ll}[^-–—]*$/u;
function titleBy(text: string): TitleBy | undefined {
	// (a title holds no full stop of a Han sentence: `…两个周末就能读完。它…把 SELECT、JOIN、GROUP BY 这些` is prose, its `BY`
	// SQL's)
	// (nor is SQL's `GROUP BY` in a comment on a book a byline: `…me fez entender GROUP BY e subconsulta`)
	const by = /^([^。！？]{2,150}?)[,，]?\s+(?<!(?:translated|edited|narrated|illustrated)\s+)(?<!\b(?:group|order|partition) )by\s+(?![-–—])/i
		.exec(text);
	if (!by) return undefined;
	const later = /^([^.;,]{1,60}?)\s+(?<!(?:translated|edited|narrated|illustrated)\s+)by\s+([^.,;(]{2,60})/i
		.exec(text.slice(by[0].length));
	// (what the work is, after a spaced dash in lowercase, is no part of its title: `Proko – a channel by Name`)
	if (!later || fullName(later[1]!) || !fullName(later[2]!.trim())) return {title: by[1]!.replace(DESCRIBED, '')};
	return {title: text.slice(0, by[0].length + later[1]!.length)};
}

/** A label of a work's people opening a line of its facts (`作者:A,B`, `Authors: A, B`, `Autori: A, B`). */
export const PEOPLE_LABEL = new RegExp(`^\\s*(?:作者|著者|译者|譯者|訳者|编者|編者|Authors?|Translators?|`
	+ `${[...AUTHOR_LABELS, ...TRANSLATOR_LABELS].join('|')})\\s*[:：]`, 'iu');
/** Works in the plural, maybe after one word (`E-Books`, `Core Texts`, `Free Courses`): a section's name. */
const SECTION_NAME = new RegExp(String.raw`^(?:[\p{L}-]+\s+)?(?:e-?books|books|textbooks|texts|courses|talks|videos`
	+ '|papers|podcasts|lectures|readings|tutorials|articles|essays|novels)$'
	// (and as Indonesian names them, the kind first, singular and plural alike: `Buku Lanjutan`, `Kursus Gratis`)
	+ String.raw`|^(?:buku|kursus)(?:\s+[\p{L}-]+){0,3}$`, 'iu');

/**
 * A title opening a line in the quotation marks of its language (`«…»`, `„…“`, `“…”`, and Hebrew's gershayim `״…״`,
 * which Hebrew typing sets for both).
 */
const QUOTED_LEAD = /^(?:«[^«»\n]{2,150}»|„[^„“”\n]{2,150}[“”]|“[^“”\n]{2,150}”|״[^״\n]{2,150}״)/u;
/** A line's one spaced slash where no spaced dash stands (`Title / Name`). */
const ONE_SLASH = /^((?:(?!\s[-–—]{1,2}\s)[^/／])+) [/／] (?=(?:(?!\s[-–—]{1,2}\s)[^/／])+$)/u;

/**
 * A title set apart in bold or italics and its byline after it (`<i>Title</i> by Name`, `<b>Title</b>, 作者：Name`), or
 * its author named as its owner or as the next sentence's subject, or a work of one already named.
 */
function markedBylines(seg: Segment, ctx: Context): Candidate[] {
	const found: Candidate[] = [];
	for (const mark of seg.marks) {
		const work = markedByline(seg, ctx, mark, nextMark(seg, mark.end));
		if (work) found.push(work);
	}
	return found;
}

/** The work of one title set apart; its byline ends where the next title set apart starts (`end`). */
function markedByline(seg: Segment, ctx: Context, mark: Span, end: number): Candidate | undefined {
	// (`<i>Cien años de soledad</i>, de Gabriel García Márquez`: a by-word in the page's language is `by`)
	const after = inEnglish(seg.text.slice(mark.end));
	const title = cleanTitle(seg.text.slice(mark.start, mark.end));
	// (a set-apart text is a title when it opens with a capital and is no label: the readings below ask it first)
	const titled = /^\p{Lu}/u.test(title) && !NOT_TITLE.test(title);
	// `<b>Intermezzo</b>, Sally Rooney's fourth novel (Faber, 2024)`, `<i>Title</i>. Name wrote it …`: the work's
	// author named as its owner, or as the next sentence's subject
	const owner = fullName(OWNED_AFTER.exec(after)?.[1] ?? WROTE_IT.exec(after)?.[1] ?? '');
	if (owner && titled) {
		const bib = {authors: [owner], contributors: [], ...citationIn(after.slice(0, 120), [owner])};
		return item(title, seg, mark, ctx, bib, {});
	}
	// (or named as a work by one already named: `<i>Cutting for Stone</i>, his earlier novel`)
	if (THEIR_WORK.test(after) && titled) {
		return item(title, seg, mark, ctx, {authors: [], contributors: []}, {});
	}
	// (or a show's network and makers: `<b>Title</b> (Cadena SER), de A y B`, `<em>Title</em>, de Studio, con A y B`)
	const credits = showCredits(seg.text.slice(mark.end, end));
	if (credits && titled) {
		const {authors, publisher} = credits;
		const show = item(title, seg, mark, ctx, {authors, contributors: [], publisher}, {});
		if (credits.kind) show.kind = credits.kind;
		return show;
	}
	// (or named alone in brackets after it: `everyone read <em>Middlemarch</em> (George Eliot)`)
	// (its school or provider may come between, after `from` or Indonesian's `dari`: `<b>Title</b> dari Harvard (A)`)
	const bracket = /^\s*(?:(?:from|dari)\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s*)?[(（]([^()（）]{4,40})[)）]/u
		.exec(after)?.[1] ?? '';
	// (or by a surname alone, as forum answers cite a book: `<em>Designing Data-Intensive Applications</em>
	// (Kleppmann)`; a house named alone so is its publisher's name, no one's)
	const surname = SURNAME_ALONE.test(bracket) && !publisherIn(bracket) ? [bracket] : undefined;
	// (not where its author is named in full right before it: the word is then its house, `Neagu Djuvara, <b>Title</b>
	// (Humanitas)`)
	const owners = surname && titled ? ownersBefore(seg, mark.start, ctx.lang) : undefined;
	if (owners) return item(title, seg, mark, ctx, {authors: owners, contributors: [], publisher: bracket}, {});
	// (or its people, then its imprint after a semicolon: `<em>Title</em> (Name; House, 2016)`, `(A e B; House, 2010)`)
	const [who, imprint, ...more] = bracket.split(/\s*;\s*/);
	const cited = imprint && !more.length && /\b(?:19|20)\d{2}\b/.test(imprint) ? personNames(who!) : undefined;
	if (cited && titled) {
		return item(title, seg, mark, ctx, {authors: cited, contributors: [], ...citationIn(`(${imprint})`, cited)}, {});
	}
	// (or several surnames joined: `<em>Peopleware</em> (DeMarco &amp; Lister)`)
	const named = personNames(bracket) ?? surname ?? joinedSurnames(bracket);
	if (named && titled) {
		return item(title, seg, mark, ctx, {authors: named, contributors: []}, {});
	}
	// (or its author's, named as its owner right before it, when its imprint follows in brackets: `Osvaldo Martin’s
	// <em>Title</em> (Packt, 3rd edition 2024)`, `(“the puppy book”, Academic Press, 2nd ed. 2014)`)
	const owned = ownedImprint(seg.text.slice(Math.max(0, mark.start - 80), mark.start), after,
		seg.text.slice(0, mark.start), ctx);
	if (owned && titled) return item(title, seg, mark, ctx, owned, {});
	// (or a film's, its studio and year in brackets, then who directed it: `<em>Title</em> (Netflix, 2020), directed
	// by A and B`: they made it, and it is a video)
	const film = FILM.exec(after.slice(0, Math.max(0, end - mark.end)));
	if (film && titled) {
		const directors = bibIn(`by ${film[3]!}`).authors;
		const work = item(title, seg, mark, ctx, {authors: directors, contributors: [], publisher: film[1]!.trim(),
			publishedAt: film[2]!}, {});
		work.kind = 'video';
		if (directors.length) return work;
	}
	// (a talk's appositive, who gave it where, read so: `, a talk by X at Venue 2012`)
	if (!/^\s*[,，]?\s*(?:(?:a talk )?by\s|作者\s*[:：])/i.test(after)) return undefined;
	const bib = bibIn(after.slice(0, Math.min(300, end - mark.end)));
	if (bib.authors.length && title.length >= 2 && !NOT_TITLE.test(title)) {
		// (its house and year said in prose after it: `, escrito por A e B. A edição da Bookman é de 2010`)
		const work = item(title, seg, mark, ctx, bib.publisher ? bib : {...proseImprint(after), ...bib}, {});
		// (an edition note with its year in the byline's sentence dates the edition meant: `by X (2nd edition, 2022)`)
		const edition = EDITION_YEAR.exec(after.slice(0, 200));
		if (edition && !/[.!?]\s/.test(after.slice(0, edition.index))) work.publishedAt ??= edition[1];
		// (a talk, given at an event that year)
		if (/^\s*[,，]?\s*a talk by\s/i.test(after)) {
			work.kind = 'video';
			work.publishedAt ??= GIVEN_AT.exec(after)?.[1];
		}
		return work;
	}
	return undefined;
}

/** A bracket of years a title covers (`(1880-2003)`), or of the year it came out. */
const YEARS_COVERED = /[(（]\d{4}(?:\s*[-–]\s*\d{4})?[)）]/gu;

/** "Title by Author" and "Title（A 著）" lines with no link: list items, headings, captions. */
export function bylineCandidates(seg: Segment, ctx: Context): Candidate[] {
	const found = citedAuthorFirst(seg, ctx) ?? syllabusLine(seg, ctx);
	if (found) return [found];
	const setOff = markedBylines(seg, ctx);
	if (setOff.length) return setOff;
	// (an answer's paragraph, where the page asks for works, names them in its sentences)
	if (ctx.asked && seg.tag === 'P') return proseWorks(seg, ctx);
	if (!LEADS.test(seg.tag) && seg.text.length > 160) return [];
	// A line opening with a label of people (`作者:A,B`, `Authors: A, B`) is the people's, under their work's title
	if (PEOPLE_LABEL.test(seg.text)) return [];
	// A heading naming a kind of work in the plural heads a section of them, whatever its brackets say (`E-Books
	// (O'Reilly Learning)`, `Core Texts`): no work's title
	if (/^H[1-6]$/.test(seg.tag) && SECTION_NAME.test(stripNumbering(seg.text).replace(/\s*[(（][^()（）]*[)）]$/u, ''))) {
		return [];
	}
	// A card: the title set apart on its own line, the credit on the next (`<b>Deep Work</b><br>Cal Newport, 2016`)
	// (or its facts labelled, a line each: `<b>Title: Subtitle</b><br>Autor: A<br>Editora: B, 2017`)
	const [first, second, ...more] = seg.text.split('\n');
	const titled = !!second && seg.marks[0]?.start === 0 && seg.marks[0].end >= first!.trimEnd().length;
	const labelled = titled && [second, ...more].every(line => FACT_LABEL.test(line) || PEOPLE_LABEL.test(line));
	const card = !titled ? undefined : labelled ? bibIn(seg.text.slice(first!.length + 1))
		: more.length < 2 ? creditLine(second.trim()) : undefined;
	// (right under a heading, a name set apart over an imprint is the heading's work's credit: `<h2>Title</h2><p>
	// <b>Name</b><br>House, 2018</p>`, read under it, index.ts)
	const credits = titled && ctx.afterHeading && !!personNames(cleanTitle(first!));
	if (card && !credits && cleanTitle(first!).length >= 2) {
		return [item(cleanTitle(first!), seg, seg.marks[0]!, ctx, card, {})];
	}
	// A list item's one bar parts a title and its people as a dash does (`Deep Work | Cal Newport`), and a second one
	// their year (`| 2016`): read as a dash and a year in brackets, same length; so does a line's one spaced slash
	// where no dash stands (`A Philosophy of Software Design / John Ousterhout`; more slashes part a catalogue's
	// fields)
	const stripped = stripNumbering(seg.text);
	// (a heading's too, when its title opens it in quotation marks: `1. ״Title, Subtitle״ / Name`)
	const quoted = QUOTED_LEAD.exec(stripped)?.[0];
	const text = quoted && /^H[2-6]$/.test(seg.tag) ? stripped.replace(ONE_SLASH, '$1 – ')
		: seg.tag !== 'LI' ? stripped : stripped.replace(/^([^|]+ \| [^|]+) \| ((?:19|20)\d{2})$/, '$1 ($2)')
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
	const ownedMark = owner ? seg.marks.find(m => m.start === offset + owner[0].length) : undefined;
	const italic = !!ownedMark;
	const works = !!ctx.section || ctx.refSection;
	// Under a heading over people (`Speakers`, `Team`) that names no works, `Name, X` is a person and their affiliation
	const affiliations = !works && PEOPLE_HEADING.test(seg.heading);
	// (a title so set apart ends where its marks do, the kind of work after it no part of it: `Name's <b>Title</b>
	// series (also YouTube)`)
	const owned = owner && authorFirst(owner[1]!, `, ${text.slice(owner[0].length)}`, italic, works, false,
		ownedMark && 2 + ownedMark.end - offset - owner[0].length);
	if (owned) return [item(owned.title, seg, whole, ctx, owned.bib, {unlinked: true, order: 'author'})];
	// "Title by Author", or in a list "Title - Author" (a spaced dash: `Data-Intensive` is one word), "Title（A 著）"
	// (a title before brackets is cut there: `Title (Name) — what it is about`)
	const dashed = opens ? /^(.{2,100}?)(?=\s+[-–—]{1,2}\s+)/u.exec(text)?.[1] : undefined;
	// (or a Chinese label: `人类简史 作者：尤瓦尔·赫拉利`)
	// (not a translator's or an editor's `by`: `Sapiens, Yuval Noah Harari (translated by John Purcell)`)
	// (nor a `By` that ends a title before its dash: `Algorithms to Live By — Brian Christian`)
	// (a title in quotation marks opening the line is whole, whatever commas it holds, before its dash)
	// (and one set apart in bold on a line of its own is whole, colons and all: `<b>Title：Subtitle</b><br>A 著`)
	// (not a name so set, the people under their work's heading: `<b>J. K. Rowling</b><br>House, 2003`)
	const apartLine = seg.marks.find(m => m.start === offset && /^[ \t]*\n/.test(seg.text.slice(m.end))
		&& !personNames(cleanTitle(seg.text.slice(m.start, m.end))));
	// (or set apart before a middle dot, as a line of facts parts them: `<i>Title</i> · Name · House, 2006`)
	const dotted = seg.marks.find(m => m.start === offset && /^\s+[·•]\s/.test(seg.text.slice(m.end)));
	// (or before a comma, a bracket or a dash, its own colons and commas the title's: `<i>The Golden Thread: How Fabric
	// Changed History</i>, Kassia St Clair (2018)`)
	const setWhole = seg.marks.find(m => m.start === offset && /[:：,，]/.test(seg.text.slice(m.start, m.end))
		&& /^(?:\s*[,，(（]|\s+[-–—]{1,2}\s)/.test(seg.text.slice(m.end)));
	const lead = (quoted && /^\s+[-–—]{1,2}\s/.test(text.slice(quoted.length)) ? quoted : undefined)
		?? ((apartLine ?? dotted ?? setWhole) ? text.slice(0, (apartLine ?? dotted ?? setWhole)!.end - offset)
			: undefined)
		?? titleBy(text)?.title
		?? /^([^:：\n]{2,100}?)[,，]?\s*(?=(?:作者|著者|编者|編者|主编|主編|译者|譯者)\s*[:：])/u.exec(text)?.[1]
		// (a bracket of years is the title's, the years it covers: `Historia económica, política y social de la
		// Argentina (1880-2003) – Mario Rapoport`)
		?? (dashed && !/[(（]/.test(dashed.replace(EDITION, '').replace(YEARS_COVERED, '')) ? dashed
			// (a hyphen inside a word is no dash: `The Three-Body Problem, Cixin Liu`)
			: opens ? /^((?:[^（(，,:：\-–—]|(?<=\w)-(?=\w)){2,100})\s*(?=[（(，,:：\-–—])/u.exec(text)?.[1] ?? dashed
			: undefined);
	if (!lead) return [];
	// Right under a numbered heading (`2. The Phoenix Project`), `A novel about IT, by Name` is that work's byline
	// (index.ts)
	if (!opens && ctx.afterHeading && stripNumbering(seg.heading) !== seg.heading) return [];
	// A year in brackets closing the title is the work's (`Deep Work (2016) by Cal Newport`)
	// (and an edition note is no part of it: `Clean Code (2nd edition) - Robert C. Martin`)
	const head = cleanTitle(lead).replace(EDITION, '');
	const dated = /\s*[(（]((?:19|20)\d{2})[)）]$/u.exec(head);
	const title = head.slice(0, dated?.index);
	const rest = text.slice(lead.length, lead.length + 300);
	// (a by-word in the page's language is `by`, and the house and year may be said in prose: `Refatoração, do Martin
	// Fowler, na segunda edição, que saiu pela Novatec em 2020`)
	const english = inEnglish(rest);
	// (a Korean credit after a dash, each role after its names, to the sentence's stop: `— A 저, B 역, 길벗, 2015.`)
	const dashOpens = /^\s+[-–—]{1,2}\s/.test(rest);
	const korean = dashOpens && HANGUL.test(rest) ? /^\s+[-–—]{1,2}\s+([^.。]+)/u.exec(rest)?.[1] : undefined;
	const credited = korean ? koreanCredit(korean) ?? koreanImprint(korean) : undefined;
	// (the people after the dash, the imprint on the line under them, as a caption breaks its credit: `<b>Title</b> —
	// Name<br>House, 2016 · a note`, or `<br>translated by X · House, 2012`)
	const lines = dashOpens ? /^\s+[-–—]{1,2}\s+([^\n]+)\n([^\n]+?)\s*$/u.exec(rest) : null;
	const stacked = lines ? creditLine(`${lines[1]}\n${lines[2]}`) : undefined;
	// (its translator a field of the imprint's line, after it: `House, 2017 · traduzione di A e B`)
	if (stacked && !stacked.contributors.length) stacked.contributors = parsePeople(lines![2]!).contributors;
	const bib = credited ?? stacked ?? (english === rest ? bibIn(rest) : {...proseImprint(english), ...bibIn(english)});
	if (dated && !bib.publishedAt) bib.publishedAt = dated[1]!;
	// (not a linked name: `<a>Hacker News</a> - A news site`)
	// The side set apart in bold or italics is the title (`Cal Newport, <i>Deep Work</i>`, `<i>Deep Work</i>, Cal
	// Newport`)
	const headEnd = offset + lead.length;
	// (a mark over the whole line, `<b>Name — <i>Title</i></b>`, sets neither side apart: the italics inside it do)
	const overAll = (m: Span) => m.end > headEnd + 3 && seg.marks.some(i => i.start > headEnd && i.end <= m.end);
	const marked = seg.marks.some(m => m.start <= offset && m.end >= headEnd && !overAll(m));
	const italicised = seg.marks.some(m => m.start <= offset && m.end >= headEnd && overAll(m));
	// A link right after the people is the title (`Cal Newport — <a>Deep Work</a>`): it settles the order, and it is
	// the work's link
	const titleLink = seg.links
		.find(l => l.start > headEnd && l.start <= headEnd + 4 && !isChromeLink(l.url, ctx.page));
	const apart = titleLink ?? seg.marks.find(m => m.start > headEnd && m.start <= headEnd + 3);
	const setApart = !!apart;
	// (a heading's too, its title set apart: `<h3>Name — <i>Title</i></h3>`, each work's heading over its review)
	const leads = /^(?:LI|TD)$/.test(seg.tag) || (/^H[2-6]$/.test(seg.tag) && setApart);
	const people = leads && !ctx.toolSection && !marked && !seg.links.some(l => l.start < headEnd)
		? authorFirst(lead, rest, setApart, works, !affiliations, apart && apart.end - headEnd) : undefined;
	const linked = titleLink ? {url: titleLink.url.href} : {};
	const flipped = people && item(people.title, seg, whole, ctx, people.bib,
		{unlinked: true, order: people.order, ...linked, ...(people.weak ? {weak: true} : {}),
			...(setApart ? {settled: true} : {}), ...(italicised && setApart && !titleLink ? {italicised: true} : {})});
	// Read either way: the author-first reading kept beside the title-first one, for the list to settle (index.ts)
	const either = flipped ? {order: 'either' as const, other: flipped} : {};
	// A single word after a spaced dash that no publisher list knows (`Learning Go — Heinemann`), in a list said to be
	// of works: its publisher when the list's other items end in the same word (index.ts), not an author-first title
	const word = seg.tag === 'LI' && works ? /^\s+[-–—]{1,2}\s+(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(rest)?.[1] : undefined;
	const tentative = word && title.length >= 2 && !NOT_TITLE.test(title)
		? item(title, seg, {start: offset, end: headEnd}, ctx, {...bib, publisher: word},
			{unlinked: true, tentative: word})
		: undefined;
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
	// (or a translator further on, after the dash's names: `— Cathy O’Neil. Capitán Swing, 2018. Traducción de X.`)
	const unlinked = !bib.authors.length && (!bib.contributors.length || dashOpens)
		&& (/^(?:LI|TD)$/.test(seg.tag) || opens)
		&& (/^\s+[-–—]{1,2}\s|^\s*[(（]|^\s*——/.test(rest) || marked || (cited && /^\s*[,，]/.test(rest)));
	if (unlinked) {
		const sorted = works || marked || cited || /\b(?:19|20)\d{2}\b/.test(rest);
		// Chinese sets its dash unspaced (`三体——刘慈欣`): a few Han characters after it say as often what the work is
		// (`——科幻`), so a name there opens with a surname
		const spaced = !/^\s*——/.test(rest);
		// (an aside in brackets between the title and the dash is neither: `Title (all five, one day) — Name`)
		const people = rest.replace(/^\s*[(（][^()（）]{1,40}[)）](?=\s+[-–—]{1,2}\s)/u, '');
		const clause = marked || cited ? people.replace(/^\s*[,，]/, '-') : people;
		const names = dashAuthors(clause, true, bib.publisher, sorted)
			.filter(name => !bib.contributors.some(c => c.name === name));
		// (a job is no name: `Ann Lee – Product Manager` is a team page's line)
		bib.authors = names.filter(name => COLLECTIVE.test(name) || (!ROLE.test(name)
			&& (cited || / /.test(name) || (HAN_RE.test(name) && (spaced || isPerson(name))))));
		// Surnames alone (`(Hunt & Thomas)`, `— Abelson & Sussman`): two joined name a work's authors; one alone in
		// brackets (`(McConnell)`) may be a format or a publisher's, and waits for its list to name its people so
		// (index.ts); one alone after a dash is as often a word of a note (`Input / Output`)
		const surnamesAlone = names.every(name => SURNAME_ALONE.test(name) && !publisherIn(name));
		if (!bib.authors.length && names.length && surnamesAlone) {
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
	// A sentence naming the work by its kind (`…, but it belongs here: the CoRecursive podcast by X`): the work is the
	// capitalised name between `the` and the kind, its kind that word's
	const named = NAMED_KIND.exec(title);
	if (named) {
		const start = offset + title.length - named[0].length;
		return [item(named[1]!, seg, {start, end: headEnd}, {...ctx, section: kindFromWords(named[2]!)}, bib, listed)];
	}
	return [item(title, seg, {start: offset, end: headEnd}, ctx, bib, listed)];
}

/** A sentence's `the Name podcast` before its byline: the name, then the kind. */
const NAMED_KIND = new RegExp(String.raw`(?:^|\s)the\s+((?:\p{Lu}[\p{L}\d'’.&-]*\s+){0,3}\p{Lu}[\p{L}\d'’.&-]*)\s+`
	+ `(${KIND_NOUNS.join('|')})$`, 'u');
