/** The clause after a title that credits it: its people (`— Name and Name`) and its year. */
import {fullName} from './biblio.ts';
import {DEVANAGARI_INITIAL} from './devanagari.ts';
import {COURSE_PLATFORMS} from './hosts.ts';
import {sortedNames} from './names.ts';
import {cleanName, CYRILLIC_INITIAL, HEBREW_INITIAL} from './people.ts';
import {sharedSurname} from './text.ts';

/**
 * An initial's dot, in the scripts with no capitals to tell one (`रॉबर्ट टी. कियोसाकी`, `סטיבן ר. קובי`) and in
 * Cyrillic (`Э. Гамма`, `Дж. Влиссидес`).
 */
const INITIAL = `${DEVANAGARI_INITIAL}|${HEBREW_INITIAL}|${CYRILLIC_INITIAL}`;
/**
 * A clause after a dash, a colon or in brackets, to a comma and a digit, another spaced dash or the sentence's end. A
 * spaced middle dot parts a line's fields as a spaced dash does (`<a>Title</a> · Names · 2015`, as READMEs and cards
 * write them); unspaced, it joins a transliterated name (`尤瓦尔·赫拉利`). A full-width colon ends it: a comment follows
 * the names (`《刻意練習》／A、B：想練任何技能之前先讀這本`).
 */
export const DASH_CLAUSE = new RegExp(String.raw`^(?:\s*(?:[-–—]{1,2}|[:：]|[(（](?=[^)）]+[)）]))|\s+[·•](?=\s))`
	+ String.raw`\s*((?:[^.。;；(（)）]|(?<=\b(?:[A-Z]|Jr|Sr)|${INITIAL})\.)+?)`
	+ String.raw`\s*(?:[,，]\s*\d|\s[-–—·•]{1,2}\s|[｜|：]|(?<!\b(?:[A-Z]|Jr|Sr)|${INITIAL})[.。;；(（)）]|$)`, 'u');

/** Latin names in brackets right after a clause (`(Matthew Skelton, Manuel Pais)`). */
const ORIGINAL = /^[(（]\s*(\p{Lu}[\p{Script=Latin}\p{M}\s.,&'’-]{3,120}?)\s*[)）]/u;

/**
 * A collective credit: the people behind a project credited as one (`The Go Authors`, `Kubernetes Contributors`).
 * Not `Team`: a team page lists its people so (`Ann Lee — Design Team`).
 */
const CREDITED_AS_ONE = ['Authors', 'Contributors', 'Developers', 'Maintainers', 'Project'];
export const COLLECTIVE = new RegExp(String.raw`^(?:The\s+)?(?:\p{Lu}[\p{L}\d.+#-]*\s+){1,3}`
	+ `(?:${CREDITED_AS_ONE.join('|')})$`, 'u');

/**
 * "[Title](url) - Brendan Burns, Joe Beda and Kelsey Hightower." (awesome lists): a clause of names only, or names
 * up to the `publisher` the clause goes on to (`(Aurélien Géron, O'Reilly, 2022)`), or names written surname first as
 * catalogues sort them (`— Newport, Cal`); a place is written so too (`— Paris, France`): `sorted` says whether the
 * line or its section tells the clause is people's.
 */
export function dashAuthors(after: string, brackets = false, publisher?: string, sorted = true): string[] {
	// Up to the clause's end; an initial's dot (`Robert C. Martin`) is no end
	if (!brackets && /^\s*[(（]/.test(after)) return []; // A linked title's brackets say what it is, not who wrote it
	// (a spaced dash ends it too: `— Cixin Liu — ★★★`)
	const match = DASH_CLAUSE.exec(after);
	const found = match?.[1];
	if (!found) return [];
	// Names written in the page's script with their own spelling in brackets after them (`– קמי פורנייה (Camille
	// Fournier)`, `– 尤瓦尔·赫拉利 (Yuval Noah Harari)`): the names as their bearers write them
	const original = /[^\p{Script=Latin}\s\p{P}]/u.test(found)
		? ORIGINAL.exec(after.slice(match.index + match[0].length - 1))?.[1] : undefined;
	const spelt = original ? original.split(/\s*(?:,|&|\band\b)\s*/).map(fullName) : [];
	if (spelt.length && spelt.every(Boolean)) return spelt as string[];
	const clause = sharedSurname(found);
	const inverted = sortedNames(clause);
	if (inverted) return sorted ? inverted : [];
	if (COLLECTIVE.test(clause)) return [clause];
	// `(Peter Attia, with Bill Gifford)`: a co-author (`con`, `com`, `avec`, `mit`, in the languages of Europe)
	// (and the last two joined as the languages of Europe join them: `A, B, C e D`, `A y B`, `A und B`, `A et B`,
	// `A και B`)
	const split = clause.split(/(\s*(?:[,，、&/]|\b(?:and|und|et|y|e)\b|(?<!\p{L})και(?!\p{L}))\s*)/u);
	const parts: string[] = [];
	/** What joins each part to the one before (`, `, ` & `). */
	const joins: string[] = [];
	for (let k = 0; k < split.length; k += 2) {
		if (COURSE_PLATFORMS.test(split[k]!)) continue;
		parts.push(split[k]!.replace(/^(?:with|con|com|avec|mit)\s+/, ''));
		joins.push(split[k - 1] ?? '');
	}
	// (none when the clause opens with the publisher: `(Picador, 2016)`; a publisher's word inside a full name, or
	// joined to the names before by `&` or `and`, is a name: `Christopher Manning`, `Pennington, Socher & Manning`)
	const at = publisher ? parts.findIndex((part, k) => part.includes(publisher) && !/&|\band\b/.test(joins[k]!)
		&& (part === publisher || !/ /.test(part) || !fullName(part))) : -1;
	if (at >= 0) parts.length = at;
	const names = parts.map((part, k) => (publisher && part === publisher && /&|\band\b/.test(joins[k]!) ? part
		: cleanName(part.replace(/等$/, ''))));
	// The names up to the first part that is none (`Gary Bernhardt, CodeMash 2012`: the venue follows)
	const end = names.indexOf(undefined);
	// (a word alone, the clause going on in lower case after it, opened a description: `— Fast, cost-effective TSDB`)
	const described = end > 0 && /^\p{Ll}/u.test(parts[end]!) && !/^(?:et\s+)?al\b/.test(parts[end]!)
		&& names.slice(0, end).some(name => !/\s/.test(name!));
	return described ? [] : (end < 0 ? names : names.slice(0, end)) as string[];
}

/**
 * A year closing the people's clause after a title (`— Leslie Lamport, 1978`, `— Names (SOSP 2003)`, `· Names ·
 * 2017`).
 */
export const CLOSING_YEAR = new RegExp(String.raw`^(?:\s*[-–—:：(（]|\s+[·•](?=\s))`
	+ String.raw`(?:[^.。;；()（）]|(?<=\b(?:al|Jr|Sr|\p{Lu}))\.)*?(?:[,，·•]|[(（])`
	// (a venue may be written in lower case, hyphenated: `elm-conf 2016`)
	+ String.raw`\s*(?:(?:\p{Lu}[\p{L}-]*|\p{Ll}+-[\p{L}-]+)\s+){0,3}((?:19|20)\d{2})\s*(?:[)）.。;；]|$)`, 'u');
/**
 * Or the sentence after the people's, a venue joined to its year and nothing else, as papers are listed (`— Verma,
 * Pedrosa, Wilkes. EuroSys 2015.`, `— Ongaro, Ousterhout. USENIX ATC 2014.`); not a sentence of time (`Since 2015.`).
 */
export const VENUE_SENTENCE = new RegExp(String.raw`^\s*[-–—]\s*(?:[^.。;；()（）]|(?<=\b(?:al|Jr|Sr|\p{Lu}))\.)+?\.\s+`
	+ String.raw`(?!(?:In|On|At|Since|From|Until|Before|After|Published|Updated)\s)(?:\p{Lu}[\p{L}\d&'’-]*\s+){1,3}`
	+ String.raw`((?:19|20)\d{2})\s*(?:[.。;；]|$)`, 'u');
/** A year in brackets closing what follows a title (`(2023)`, `, 4th edition (2023)`, `(O'Reilly, 2017)`). */
export const BRACKETED_YEAR = /^[^.()]{0,40}?[(（](?:[^()（）]{0,40}[,，]\s*)?((?:19|20)\d{2})\s*[)）]/u;

/** A year right after the names or the title (`Title, Name (2016)`, `Name – Title, 2016`): the work's. */
export function yearIn(after: string): {publishedAt?: string} {
	const year = /^\s*(?:[(（]\s*((?:19|20)\d{2})\s*[)）]|[,，]\s*((?:19|20)\d{2})\b(?![-/.]\d))/u.exec(after);
	return year ? {publishedAt: (year[1] ?? year[2])!} : {};
}
