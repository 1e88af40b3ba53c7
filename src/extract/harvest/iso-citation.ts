/*
 * ISO 690 as Czech, Slovak and Polish reading lists cite (ČSN ISO 690, citace.com): each SURNAME in capitals, the first
 * inverted before its given names (`BISHOP, Christopher M.`), the others in natural order (`, Olga ŠTĚPÁNKOVÁ a Jiří
 * LAŽANSKÝ`) or inverted too (`; MIRJALILI, Vahid`), `a kol.` or `et al.` for the rest. A book's title follows in
 * italics, then its translator (`Přeložil Jakub BÁRTA.`) and the imprint `Place: Publisher, Year.`; an article's title
 * is unmarked, its journal in italics after it, the year opening the next sentence (`<i>Journal</i>. 2001, roč. 45`).
 */
import type {Citation} from './citation.ts';
import {INITIALS} from './inverted.ts';
import type {Span} from './segments.ts';
import {squash} from './text.ts';

/** A surname in capitals, maybe of two words or hyphened (`MAŘÍK`, `GARCÍA MÁRQUEZ`, `SMITH-JONES`). */
const CAPS = "\\p{Lu}[\\p{Lu}'’]*\\p{Lu}(?:-\\p{Lu}+)?";
const SURNAME = `${CAPS}(?:\\s+${CAPS})?`;
/**
 * Given names in ordinary case, maybe initials (`Christopher M.`, `J. R. R.`, `Vahid`); an initial closes them (`Tom
 * M. Machine Learning.`: the title is no name's).
 */
const GIVEN_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
const GIVEN = `(?:${GIVEN_WORD}(?:\\s+${GIVEN_WORD}){0,2}(?:\\s+${INITIALS})?|${INITIALS})`;
/** The word joining the last name, in the languages that cite so (`a` Czech and Slovak, `i` Polish). */
const ANDS = ['a', 'i', 'and', 'und', 'et', 'y', '&'];
const NEXT = `(?:${GIVEN}\\s+${SURNAME}|${SURNAME},\\s+${GIVEN})`;
const HEAD = new RegExp(`^(${SURNAME},\\s+${GIVEN}(?:(?:[,;]\\s+|,?\\s+(?:${ANDS.join('|')})\\s+)${NEXT}){0,9})`
	// (the rest left out: `a kol.` Czech, `et al.`; an initial's stop closes the names too: `BISHOP, Christopher M.`)
	+ '(?:,?\\s+(?:a\\s+kol|et\\s+al)\\.|\\.|(?<=\\p{Lu}\\.))\\s+', 'u');
const ONE = new RegExp(`(?:(${SURNAME}),\\s+(${GIVEN})|(${GIVEN})\\s+(${SURNAME}))`, 'gu');

/** A word in capitals as said (`BÁRTA` -> `Bárta`); a name's other words as written. */
const said = (name: string) => name.replace(/\p{Lu}{2,}[\p{Lu}'’]*/gu, w => w[0] + w.slice(1).toLowerCase());
/** The head's names in natural order and ordinary case (`MAŘÍK, Vladimír` -> `Vladimír Mařík`). */
const names = (head: string) => [...head.matchAll(ONE)]
	.map(m => said(m[1] ? `${m[2]} ${m[1]}` : `${m[3]} ${m[4]}`));

/** The translator's sentence before the imprint (`Přeložil Jakub BÁRTA.`, `Preložila …`, `Translated by …`). */
const TRANSLATED = ['přeložil[a]?', 'preložil[a]?', 'přel\\.', 'prel\\.', 'překlad', 'preklad', 'przekład',
	'tłumaczenie', 'translated by', 'trans\\.'];
const TRANSLATOR = new RegExp(`(?:^|\\.\\s+)(?:${TRANSLATED.join('|')})\\s+((?:${NEXT}|${GIVEN}\\s+\\p{Lu}\\p{Ll}+)`
	+ `(?:(?:,\\s+|\\s+(?:${ANDS.join('|')})\\s+)(?:${NEXT}))*)\\.`, 'iu');
/** The imprint: place, colon, publisher, year (`Cambridge, MA: MIT Press, 2016.`, `Praha: Academia, 1993.`). */
const IMPRINT = /(?:^|\.\s+)\p{Lu}[^.:]{1,40}:\s+([^:.,]{2,60}?),\s+((?:19|20)\d{2})\b/u;
/** An article's journal sentence: its year opening the next (`<i>Machine Learning</i>. 2001, roč. 45`). */
const ISSUE = /^\s*(?:\[[^\]]{1,20}\]\s*)?[.,]\s+((?:19|20)\d{2})\b/;

/** A line cited in ISO 690 with surnames in capitals; `marks` are its italic stretches. Else undefined. */
export function parseIsoCitation(text: string, marks: Span[]): Citation | undefined {
	// Cheap guards first: a citation's line opens on a surname in capitals and a comma, and has a year
	if (text.length > 400 || !/^\p{Lu}{2}/u.test(text) || !/\b(?:19|20)\d{2}\b/.test(text)) return undefined;
	const head = HEAD.exec(text);
	const first = head && marks.find(m => m.start >= head[0].length);
	if (!head || !first) return undefined;
	const authors = names(head[1]!);
	const contributors = (after: string) => {
		const credit = TRANSLATOR.exec(after)?.[1];
		return credit ? names(credit).map(name => ({name, role: 'translator'})) : [];
	};
	if (first.start === head[0].length) {
		const after = text.slice(first.end);
		const imprint = IMPRINT.exec(after);
		if (!imprint) return undefined;
		return {title: squash(text.slice(first.start, first.end)), authors, contributors: contributors(after),
			publisher: imprint[1]!.trim(), publishedAt: imprint[2]!, span: first};
	}
	// An article: its title unmarked, a sentence to the journal in italics
	const title = /^(.{2,200}?)\.\s*$/u.exec(text.slice(head[0].length, first.start))?.[1];
	const issue = ISSUE.exec(text.slice(first.end));
	if (!title || !issue) return undefined;
	return {title: squash(title), authors, contributors: [], publisher: squash(text.slice(first.start, first.end)),
		publishedAt: issue[1]!, span: {start: head[0].length, end: head[0].length + title.length}, type: 'J'};
}
