/*
 * A film as the citation styles write it: its title set in italics opening the entry, then its director, then the
 * studio and year (Chicago `<i>Title</i>. Directed by X. Place: Studio, Year.`, MLA `<i>Title</i>. Directed by X,
 * Studio, Year.`): a video by its director, the studio its publisher.
 */
import type {Citation} from './citation.ts';
import {NATURAL} from './inverted.ts';
import {splitNames} from './people.ts';
import type {Span} from './segments.ts';
import {squash} from './text.ts';

const DIRECTORS = `${NATURAL}(?:(?:,\\s+|,?\\s+and\\s+)${NATURAL})*`;
const DIRECTED = new RegExp(`^\\.?\\s+(?:Directed\\s+by|dir\\.)\\s+(${DIRECTORS})[.,]\\s+`
	// (the place before the studio, Chicago's: `Los Angeles: 20th Century Fox, 2016.`)
	+ '(?:\\p{Lu}[\\p{L} .,]{1,40}?:\\s+)?([^:,]{2,60}?),\\s+((?:19|20)\\d{2})\\.?(?=\\s|$)', 'u');

/** A line citing a film, its title an italic stretch in `marks` opening it; else undefined. */
export function parseFilmCitation(text: string, marks: Span[]): Citation | undefined {
	if (text.length > 300 || !/\b(?:Directed\s+by|dir\.)\s/.test(text)) return undefined;
	const span = marks.find(m => m.start === 0);
	const film = span && DIRECTED.exec(text.slice(span.end));
	if (!span || !film) return undefined;
	return {title: squash(text.slice(span.start, span.end)), authors: splitNames(film[1]!, true),
		contributors: [], publisher: film[2]!.trim(), publishedAt: film[3]!, span, type: 'film'};
}
