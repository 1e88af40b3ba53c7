/*
 * The German bibliography's style (DIN 1505, as German reading lists cite): the authors inverted and parted by
 * slashes, a colon, the title set apart (in italics or as the line's link), then the subtitle, the translator, the
 * edition, each a sentence, and the imprint `Ort: Verlag Jahr.` (`Hunt, Andrew / Thomas, David: <i>Titel</i>.
 * Untertitel. Übersetzt von X. München: Hanser 2021.`). Finnish and Nordic lists write it with the name in natural
 * order and the imprint with no place (`Daniel Kahneman: <i>Titel</i>. Suom. X. Terra Cognita, 2012.`).
 */
import type {Citation} from './citation.ts';
import {INVERTED, NATURAL, ONE_INVERTED, turned} from './inverted.ts';
import {parsePeople} from './people.ts';
import type {Span} from './segments.ts';
import {squash} from './text.ts';

// (each further name taken whole, a lookahead's capture then consumed, as citation.ts reads its heads)
// (or one name in natural order: `Don Norman: <i>Title</i>`)
// (editors so marked after the names, `Goertz, Hans-Jürgen (Hg.):`, are the book's editors)
const HEAD = new RegExp(`^(${INVERTED}(?:(?=(\\s*[/;]\\s*${INVERTED}))\\2)*|${NATURAL})(\\s*\\((?:Hg|Hrsg|Eds?)\\.\\))?`
	+ '\\s*:\\s+', 'u');
/**
 * The imprint: place, colon, publisher and year closing its sentence or its comma's field (`Heidelberg: dpunkt.verlag
 * 2019`, `, 2. Aufl., Göttingen: Vandenhoeck & Ruprecht 2005`).
 */
const IMPRINT = /(?:^|[.!?,]\s+)\p{Lu}[\p{L} /-]{1,40}:\s+([^:]{2,60}?),?\s+((?:19|20)\d{2})\.?(?=\s|$)/u;
/** Or the house and the year alone closing the line (`Terra Cognita, 2012.`). */
const HOUSE_YEAR = /(?:^|[.!?]\s+)(\p{Lu}[^:.,]{1,50}?),\s+((?:19|20)\d{2})\.?\s*$/u;

/**
 * Croatian (and its neighbours') citation of a paper: the names in natural order joined by `i`, maybe `i sur.` (et
 * al.) after them, a colon, the title in „…” (as the line's link), then the venue and its month and year closing the
 * line (`Diego Ongaro i John Ousterhout: „Title”, USENIX ATC 2014.`, `Leslie Lamport: „Title”, Communications of the
 * ACM, srpanj 1978.`); a comment may follow on the lines under it.
 */
const HR_HEAD = new RegExp(`^(${NATURAL}(?:\\s+i\\s+${NATURAL})?)(?:\\s+i\\s+sur\\.)?\\s*:\\s+(?=„)`, 'u');
/** Croatian months in the nominative: `srpanj 1978` is July 1978. */
const HR_MONTHS = ['siječanj', 'veljača', 'ožujak', 'travanj', 'svibanj', 'lipanj', 'srpanj', 'kolovoz', 'rujan',
	'listopad', 'studeni', 'prosinac'];
const HR_VENUE = new RegExp(`^\\s*,\\s+(\\p{Lu}[^,\\n]{1,50}?)(?:,\\s*|\\s+)(?:(${HR_MONTHS.join('|')})\\s+)?`
	+ '((?:19|20)\\d{2})\\.?\\s*$', 'u');

/** The paper such a line cites, or undefined. */
function croatianCitation(text: string, marks: Span[], links: Span[]): Citation | undefined {
	const line = text.split('\n')[0]!;
	const head = HR_HEAD.exec(line);
	const span = head ? [...marks, ...links].find(m => m.start === head[0].length && m.end <= line.length) : undefined;
	const venue = span ? HR_VENUE.exec(line.slice(span.end)) : null;
	if (!head || !span || !venue) return undefined;
	const month = venue[2] ? HR_MONTHS.indexOf(venue[2]) + 1 : 0;
	const title = squash(text.slice(span.start, span.end)).replace(/^„\s*|\s*[”“]$/gu, '');
	return {
		title, authors: head[1]!.split(/\s+i\s+/), contributors: [], publisher: venue[1]!.trim(),
		publishedAt: month ? `${venue[3]!}-${String(month).padStart(2, '0')}` : venue[3]!, span,
		// (a title in quotes at a journal or a conference: a paper, as GB/T's `[J]` says)
		type: 'J',
	};
}

/** A line in the German bibliography's style, its title set apart in `marks` or `links`; else undefined. */
export function parseColonCitation(text: string, marks: Span[], links: Span[]): Citation | undefined {
	// Cheap guards first: a citation is a line with a year and a colon, not a paragraph
	if (!/:\s/.test(text) || !/\b(?:19|20)\d{2}\b/.test(text)) return undefined;
	if (text.includes('„')) {
		const hr = croatianCitation(text, marks, links);
		if (hr) return hr;
	}
	if (text.length > 400) return undefined;
	const head = HEAD.exec(text);
	if (!head) return undefined;
	const span = [...marks, ...links].find(m => m.start === head[0].length);
	if (!span) return undefined;
	const after = text.slice(span.end);
	const imprint = IMPRINT.exec(after) ?? HOUSE_YEAR.exec(after);
	if (!imprint) return undefined;
	// The sentences between the title and the imprint: the subtitle, the edition, the translator (`Übersetzt von X.`,
	// `Suom. X.`), whose people are its contributors
	const credits = parsePeople(after.slice(0, imprint.index)).contributors;
	const names = head[1]!.split(/\s*[/;]\s*/).map(name => {
		ONE_INVERTED.lastIndex = 0;
		const m = ONE_INVERTED.exec(name);
		return m ? turned(m) : name;
	});
	const edited = !!head[3];
	return {
		title: squash(text.slice(span.start, span.end)), authors: edited ? [] : names,
		contributors: [...edited ? names.map(name => ({name, role: 'editor'})) : [], ...credits],
		publisher: imprint[1]!.trim(), publishedAt: imprint[2]!, span,
	};
}
