/*
 * What APA 7 writes besides people and a year, as English, French, Spanish and German references write it: a group
 * as the author (`Institut Montaigne et OpenClassrooms. (2019).`), a person's role after the name (`Mars, R.
 * (Host).`, `de La Porte, X. (animateur).`), a date to the day (`(2016, February 4)`, `(2016, 4 février)`), a run of
 * years (`(2020–present)`) and what the work is in square brackets after its title (`[MOOC]`, `[Audio podcast]`).
 */

/** Lower-case words inside a group's name (`Food and Agriculture Organization`, `Ministère de l'Économie`). */
const GROUP_LINKS = ['of', 'for', 'and', 'the', 'on', '&', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'pour', 'sur',
	'del', 'las', 'los', 'y', 'para', 'für', 'und', 'der', 'die'];
const GROUP_WORD = "(?:[ld]['’])?\\p{Lu}[\\p{L}'’&-]*";
/** Regex source: a group's name as APA writes it for an author, its capitalised words and their links. */
export const GROUP = `${GROUP_WORD}(?:(?:\\s+|,\\s+&\\s+)(?:${GROUP_WORD}|(?:${GROUP_LINKS.join('|')})(?=\\s))){0,9}`;

/**
 * The groups an author's place names: two are joined as two people are (`A, & B`, `A et B`), a joining word inside one
 * group's name runs on in lower case (`Institut national de la statistique et des études économiques`).
 */
export const groups = (text: string) =>
	text.split(/,\s*(?:&|and)\s+|\s+(?:et|y|und)\s+(?=\p{Lu})/u).map(name => name.trim()).filter(Boolean);

/** The roles APA writes after a show's maker's name (`(Host)`, `(animatrice)`): the show's author still. */
const HOSTS = ['hosts?', 'animat(?:eur|rice)s?', 'présentat(?:eur|rice)s?', 'presentador(?:a|es)?', 'anfitri(?:ón|ona)',
	'moderat(?:or|orin|eur|rice)'];
export const HOST_ROLE = `\\s*\\((?:${HOSTS.map(word => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})\\)\\.?`;

/** A show still running, as its years say it (`(2020–present)`, `(2020–présent)`, `(2020–heute)`). */
const NOW = ['present', 'présent', 'presente', 'actualidad', 'heute'];
export const UNTIL = `\\s*[–-]\\s*(?:(?:19|20)\\d{2}|${NOW.flatMap(w => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|')})`;

/** The months in French, Spanish and German, January first (English's are citation.ts's). */
const MONTHS_ABROAD = ['janvier|enero|januar', 'février|febrero|februar', 'mars|marzo|märz', 'avril|abril|april',
	'mai|mayo', 'juin|junio|juni', 'juillet|julio|juli', 'août|agosto|august', 'septembre|septiembre|september',
	'octobre|octubre|oktober', 'novembre|noviembre|november', 'décembre|diciembre|dezember'];

/**
 * The month and day after the year (`, February 4`, `, 4 février`, `, 4 de febrero`, `, 4. Februar`), `english` the
 * English months' names, as two-digit strings.
 */
export function dayAfterYear(text: string, english: string[]): {mm: string; dd?: string} | undefined {
	const index = MONTHS_ABROAD.findIndex((names, i) =>
		new RegExp(`(?<!\\p{L})(?:${names}|${english[i]})(?!\\p{L})`, 'iu').test(text));
	if (index < 0) return undefined;
	const day = /(?<!\d)(\d{1,2})(?!\d)/.exec(text)?.[1];
	return {mm: String(index + 1).padStart(2, '0'), ...(day && Number(day) <= 31 ? {dd: day.padStart(2, '0')} : {})};
}

/**
 * What the square brackets after a title say the work is (`[MOOC]`, `[Podcast audio]`, `[Leçon inaugurale, vidéo]`,
 * `[Conference presentation]`, `[Vortrag]`), the first kind named; a report or a thesis stays as it was read.
 */
const DESCRIBED: [string[], string][] = [
	[['podcast', 'balado'], 'podcast'],
	[['mooc', 'online course', 'cours en ligne', 'curso en línea', 'onlinekurs'], 'course'],
	[['video', 'vidéo', 'vídeo', 'lecture', 'leçon', 'conférence', 'conference presentation', 'keynote', 'speech',
		'talk', 'conferencia', 'ponencia', 'vortrag', 'webinar', 'webinaire'], 'video'],
];
export function describedKind(bracket: string): string | undefined {
	const words = (kind: string[]) => new RegExp(`(?<!\\p{L})(?:${kind.join('|')})(?!\\p{L})`, 'iu');
	return DESCRIBED.find(([kind]) => words(kind).test(bracket))?.[1];
}
