/*
 * A library catalogue's forms, as its records and its new-titles tables print them: a creator heading per line
 * (`O'Neil, Cathy, author.`, `Ousterhout, John K., 1954- author.`, `Kohs, Greg, film director, film producer.`) and
 * an ISBD imprint (`New York : Crown, [2016]`, `Cambridge, UK ; Medford, MA : Polity, 2019`).
 */
import type {People} from './people.ts';
import {ONE_INVERTED, turned} from './inverted.ts';
import {YEAR} from './text.ts';

/**
 * The relator terms a catalogue writes after a creator's name (RDA), each as the role we keep: whoever makes the
 * work (writes, directs, produces, speaks it) is its author.
 */
const RELATORS: Record<string, string> = {
	author: 'author', creator: 'author', writer: 'author', director: 'author', 'film director': 'author',
	producer: 'author', 'film producer': 'author', composer: 'author', artist: 'author', speaker: 'author',
	presenter: 'author', host: 'author', editor: 'editor', compiler: 'editor', 'volume editor': 'editor',
	translator: 'translator', narrator: 'narrator', illustrator: 'illustrator',
};

/** After the inverted name: the life dates (`1954-`, `1930-2002`), then the relator terms up to the full stop. */
const AFTER_NAME = /^,?\s*(?:\d{4}\s*-\s*(?:\d{4})?\s*,?\s*)?(\p{Ll}[\p{Ll} ]*(?:,\s*\p{Ll}[\p{Ll} ]*)*)\.?$/u;

/** One creator heading (`Skiena, Steven S., author.`): the name in natural order and its role. */
function heading(line: string): {name: string; role: string} | undefined {
	ONE_INVERTED.lastIndex = 0;
	const m = ONE_INVERTED.exec(line.trim());
	const roles = m && AFTER_NAME.exec(line.trim().slice(m[0].length))?.[1]!.split(/\s*,\s*/);
	if (!m || !roles?.every(role => RELATORS[role])) return undefined;
	const role = roles.some(r => RELATORS[r] === 'author') ? 'author' : RELATORS[roles[0]!]!;
	return {name: turned(m), role};
}

/** A catalogue's creators cell, one heading a line, each with its relator term; undefined unless every line is one. */
export function creatorHeadings(lines: string[]): People | undefined {
	const read = lines.map(line => line.trim()).filter(Boolean).map(heading);
	if (!read.length || !read.every(Boolean)) return undefined;
	const people = read as {name: string; role: string}[];
	return {authors: people.filter(p => p.role === 'author').map(p => p.name),
		contributors: people.filter(p => p.role !== 'author')};
}

/**
 * An ISBD imprint: places (`;` between two), ` : ` before the publisher, its year after a comma, maybe in brackets
 * as a cataloguer supplies it (`[2016]`, `c2017`).
 */
const IMPRINT = new RegExp(String.raw`^[^:]{2,80}?\s:\s([^:;]{2,80}?),\s*\[?c?(${YEAR})\]?\.?$`, 'u');

/** The publisher and year an imprint names, if the text is one. */
export function imprintIn(text: string): {publisher: string; year: string} | undefined {
	const m = IMPRINT.exec(text.trim());
	return m ? {publisher: m[1]!.trim(), year: m[2]!} : undefined;
}
