/** Whether words are people's names: Han names and surnames, surnames alone, full names, names sorted surname first. */
import {fullName} from './biblio.ts';
import {invertedNames} from './inverted.ts';
import type {Segment} from './segments.ts';
import {HAN} from './text.ts';

/** Characters of function words and of words about books and lists, never in a pen name. */
export const NOT_IN_NAMES = /[的了是和在有书读看本版集卷册篇章部推荐必选新好]/u;
/** Regex source: a full name as a sentence writes it, two to four capitalised words (`Nilay Patel`, `J. R. Smith`). */
const CAPITALISED_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*`;
/** Regex source: one such name, or two joined by `and` or `&` (`Ben Gilbert and David Rosenthal`). */
export const NAME_PAIR = `${CAPITALISED_NAME}(?:\\s+(?:and|&)\\s+${CAPITALISED_NAME})?`;
/**
 * Regex source: the words joining two names in the languages of Europe (`and`, Hungarian `és`, German `und`, French
 * `et`, Nordic `og`/`och`, Dutch `en`, Spanish `y`, `e`, `i`, Romanian `și`, Czech `a i`) and Indonesian `dan`, for
 * readers of names in a sentence; spaced around in use.
 */
export const AND_WORDS = ['and', 'és', 'und', 'et', 'og', 'och', 'en', 'y', 'e', 'i', 'și', 'a\\s+i', 'dan'].join('|');
/**
 * The verbs that open a sentence bidding the reader to a work (`Watch Ada Quinn’s <a>…</a>`, `Read Bishop’s
 * <i>…</i>`): no word of the name owning it.
 */
export const BIDDING = ['Watch', 'Read', 'See', 'Try', 'Take', 'Start', 'Grab', 'Pick', 'Check', 'Hear', 'Follow',
	'Skim', 'Finish', 'Buy', 'Borrow', 'Then', 'Also'];
/** Two or three Han characters: a Chinese name's length. */
export const SHORT_HAN = new RegExp(`^[${HAN}]{2,3}$`, 'u');
/** Han characters only, maybe dotted (`尤瓦尔·赫拉利`, Taiwan's `詹姆斯‧克利爾`): a name written in Han. */
export const HAN_RE = new RegExp(`^[${HAN}·‧]{2,}$`, 'u');

/** A surname alone: one capitalised word, maybe double-barrelled; not a format, a state or a month of a line's note. */
const NOT_SURNAMES = ['Hardcover', 'Paperback', 'Kindle', 'Audiobook', 'Ebook', 'Reread', 'Free', 'Abridged',
	'Unabridged', 'Illustrated', 'Fiction', 'Nonfiction', 'Poetry', 'Essays', 'Summary', 'English', 'Chinese', 'French',
	'German', 'Spanish', 'Japanese', 'Translation', 'Draft', 'Online', 'Video', 'Audio', 'Classic', 'Favourite',
	'Favorite'];
export const SURNAME_ALONE = new RegExp(`^(?!(?:${NOT_SURNAMES.join('|')})$)(?:Mc|Mac|O['’]|De|Di|Le)?`
	+ String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$`, 'u');

/** Two surnames or more joined (`Bryant & O'Hallaron`, `DeMarco and Lister`, `Aho, Lam and Ullman`), as citations in
 * passing name a work's authors. */
export function joinedSurnames(text: string): string[] | undefined {
	const names = text.trim().split(/\s*(?:,|&|\band\b)\s*/);
	return names.length > 1 && names.every(name => SURNAME_ALONE.test(name)) ? names : undefined;
}

/**
 * Names written surname first, as catalogues sort them (`Newport, Cal`, `Hunt, Andrew & Thomas, David`); not two full
 * names in natural order (`Matthew Skelton, Manuel Pais`), which a comma parts as well.
 */
export const sortedNames = (text: string) =>
	(fullName(text.split(',')[0]!.replace(/\s+[JS]r\.$/, '')) ? undefined : invertedNames(text.trim()));

/** Words that open or join a title and never a name (`The`, `of`, `How`). */
const TITLE_WORD = /^(?:the|an?|of|or|in|on|to|for|with|from|at|by|how|why|what|when|my|your|our|this|is|are)$/i;

/** What a team page's `Name – Role` line says: a job, not a work. */
const ROLES = ['engineer', 'designer', 'developer', 'manager', 'director', 'founder', 'ceo', 'cto', 'president',
	'editor', 'writer', 'author', 'professor', 'researcher', 'scientist', 'student', 'lead', 'head', 'chief', 'officer',
	'intern', 'consultant', 'analyst', 'architect', 'host', 'speaker', 'member', 'chair', 'partner',
	'advis[eo]r', 'team'];
export const ROLE = new RegExp(String.raw`\b(?:${ROLES.join('|')})s?\b`, 'i');

/**
 * Names alone (`Cal Newport`, `Andrew Hunt and David Thomas`): each two to four capitalised words, none a title's; or
 * one name written surname first, as catalogues sort them (`Newport, Cal`).
 */
const JOINS = new RegExp(`\\s*(?:[,，&]|\\b(?:${AND_WORDS})\\b)\\s*`, 'u');
export function personNames(text: string): string[] | undefined {
	// (two full names in natural order are no name sorted surname first: `Matthew Skelton, Manuel Pais`)
	const inverted = sortedNames(text);
	if (inverted?.length === 1) return inverted;
	// (the last joined by `and` in the page's language: `Noam Nisan et Shimon Schocken`, `A y B`, `A und B`)
	const parts = text.trim().split(JOINS);
	const names = parts.map(part => {
		const words = part.split(/\s+/);
		return words.length > 4 || words.some(word => TITLE_WORD.test(word)) ? undefined : fullName(part);
	});
	return names.every(Boolean) ? names as string[] : undefined;
}

/**
 * The full names right before a title set apart, a comma, a colon, a dash or a possessive maybe between (`Stanley G.
 * Payne, <b>T</b>`, `Dan Jurafsky and James H. Martin, <em>T</em>`, `Henry Hazlitt: <i>T</i>`), on the title's line:
 * the title's authors, as a sentence names a book by its writers. With nothing between, the names follow a lowercase
 * word or a comma (`…, Anthony Burgess <i>T</i>`): words opening a sentence so are its own (`Im Original <em>T</em>`).
 * Not names inside a link or another title set apart.
 */
export function ownersBefore(seg: Segment, start: number, lang = ''): string[] | undefined {
	const before = seg.text.slice(Math.max(0, start - 80), start);
	const m = OWNER_BEFORE.exec(before);
	if (!m || (!m[2] && !/[\p{Ll},]\s+$/u.test(m[0].slice(0, m[0].indexOf(m[1]!))))) return undefined;
	const at = start - before.length + m.index + m[0].indexOf(m[1]!);
	if ([...seg.marks, ...seg.links].some(span => span.start < start && span.end > at)) return undefined;
	// (nor a name after a title set apart in the same clause, its translator's: `«T», թարգմանեց Name, «House»`)
	if (/[«“„»]/.test(before.slice(0, m.index + m[0].indexOf(m[1]!)).split(/[.!?;]\s/).pop()!)) return undefined;
	// (a sentence's verb bidding to read may open it: `Read Dan Jurafsky and James H. Martin, <em>T</em>`)
	// (German names the owner in the genitive, an `s` closing the name: `Ahasver von Brandts <em>T</em>`)
	const named = m[1]!.replace(BIDS, '');
	const names = personNames(!m[2] && /^de\b/i.test(lang) ? named.replace(/(?<=\p{Ll})s$/u, '') : named);
	// (a name is more than its initials: `Parlett, B. N. <i>T</i>` cites a surname first)
	return names?.every(name => / /.test(name) && /\p{L}{2}/u.test(name)) ? names : undefined;
}
const BIDS = new RegExp(`^(?:${BIDDING.join('|')})\\s+`);
/** Regex source: a full name, a particle maybe before its surname (`Ahasver von Brandt`). */
const PARTICLES = ['von', 'van', 'de', 'da', 'di', 'del', 'der', 'le', 'la'].join('|');
/** (a word's stop is an initial's: `Stanley G. Payne`, not `Wert. Im Seminar`) */
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)`;
const FULL_NAME = String.raw`${NAME_WORD}(?:[^\S\n]+(?:(?:${PARTICLES})[^\S\n]+)?${NAME_WORD}){1,3}`;
const NAME_JOIN = String.raw`(?:,|[^\S\n]+(?:${AND_WORDS}|&))[^\S\n]+`;
const OWNER_BEFORE = new RegExp(String.raw`(?:^|\n[^\S\n]*|[.!?:;][^\S\n]+|[\p{Ll},][^\S\n]+)(${FULL_NAME}(?:${NAME_JOIN}${FULL_NAME}){0,5})`
	+ String.raw`(['’]s|[^\S\n]*[,:]|[^\S\n]+[-–—])?[^\S\n]*$`, 'u');
/** What may follow a title its clause closes on: a stop, a comma, a bracket, a dash, the end. */
export const CLAUSE_CLOSES = /^(?:\s*[.,;:!?(（]|\s+[-–—]\s|\s*$)/u;
