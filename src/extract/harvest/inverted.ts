/*
 * Names written surname first, as catalogues and citations sort them (`Newport, Cal`, `Le Guin, Ursula K.`,
 * `van Rossum, Guido`, `Brooks, Frederick P., Jr.`), and the pieces of a name the citation styles are read with.
 */

/** Lower-case particles inside a surname (`Vincent van Gogh`, `van Rossum, Guido`), in names and citations alike. */
const PARTICLES = 'van von de der den da di du la le del dos ter ten bin al'.split(' ');
export const PARTICLE = `(?:${PARTICLES.join('|')})`;

export const WORD = "\\p{Lu}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]*)*";
export const INITIALS = '\\p{Lu}\\.(?:[\\s-]{0,2}\\p{Lu}\\.)*';
// An initial closes a given name (`Martin, Robert C. Clean Code.`: the title is no name's), or opens it, the middle
// name between initials (`Moss, J. Eliot B.`)
const GIVEN = `(?:${WORD}(?:\\s+${WORD}){0,2}(?:\\s+${INITIALS})?|${INITIALS}(?:\\s+${WORD}(?:\\s+${INITIALS})?)?)`;
// (a suffix may close the surname before the comma, as Goodreads and some catalogues sort: `Brooks Jr., Frederick P.`)
const SURNAME = `(?:${PARTICLE}\\s+)*${WORD}(?:\\s+${WORD})?(?:\\s+(?:Jr|Sr)\\.)?`;
const SUFFIX = '(?:,?\\s+(?:Jr|Sr)\\.?|\\s+I{2,3})?';
export const INVERTED = `${SURNAME},\\s+${GIVEN}${SUFFIX}`;
export const NATURAL = `${WORD}(?:\\s+(?:${WORD}|${INITIALS}|${PARTICLE})){1,3}`;

/** One inverted name in the people: `Newport, Cal` -> `Cal Newport`. */
export const ONE_INVERTED = new RegExp(`(${SURNAME}),\\s+(${GIVEN})(${SUFFIX})`, 'uy');

/** `Newport, Cal` matched by ONE_INVERTED, in natural order (`Cal Newport`; `Frederick P. Brooks Jr.`). */
export const turned = (m: RegExpExecArray) =>
	`${m[2]!.replace(/\.\s*(?=\p{Lu})/gu, '. ')} ${m[1]}${m[3]!.replace(',', '')}`;

/** One name written surname first (`Newport, Cal`, `Harari, Yuval Noah`) and nothing else, in natural order. */
export function invertedName(text: string): string | undefined {
	ONE_INVERTED.lastIndex = 0;
	const m = ONE_INVERTED.exec(text.trim());
	return m && m[0].length === text.trim().length ? turned(m) : undefined;
}

/**
 * Names each written surname first and nothing else, joined as a list joins them (`Hunt, Andrew & Thomas, David`,
 * `Hunt, Andrew; Thomas, David`), in natural order.
 */
export function invertedNames(text: string): string[] | undefined {
	const names = text.split(/\s*(?:;|&|\band\b)\s*/).map(invertedName);
	return names.every(Boolean) ? names as string[] : undefined;
}
