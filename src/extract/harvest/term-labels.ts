/**
 * A definition list of a work's facts (`<dl><dt>Author</dt><dd>Benjamin C. Pierce</dd><dt>Publisher</dt><dd>MIT
 * Press, 2002</dd></dl>`, as Org-mode exports a property drawer and wikis a fact box): each term labels the
 * definition after it. Read as a labelled line (`Author: Benjamin C. Pierce`), the way a card's `Author:` lines are.
 */
import {PUBLISHER_LABELS, YEAR_LABELS} from './biblio.ts';
import {AUTHOR_LABELS, TRANSLATOR_LABELS} from './people.ts';
import type {Segment} from './segments.ts';

const LABELS = ['authors?', 'translators?', 'editors?', 'publisher', 'published', 'year', ...AUTHOR_LABELS,
	...TRANSLATOR_LABELS, ...PUBLISHER_LABELS, ...YEAR_LABELS];
const LABEL = new RegExp(`^\\s*(?:${LABELS.join('|')})\\s*[:：]?\\s*$`, 'iu');

/** The segments with each fact's term joined to its definition, one labelled line. */
export function labelledTerms(segs: Segment[]): Segment[] {
	const out: Segment[] = [];
	for (let i = 0; i < segs.length; i++) {
		const [term, definition] = [segs[i]!, segs[i + 1]];
		if (term.tag !== 'DT' || definition?.tag !== 'DD' || !LABEL.test(term.text)) {
			out.push(term);
			continue;
		}
		const label = `${term.text.trim().replace(/\s*[:：]$/u, '')}: `;
		const shift = <T extends {start: number; end: number}>(span: T) =>
			({...span, start: span.start + label.length, end: span.end + label.length});
		out.push({...definition, text: label + definition.text, links: definition.links.map(shift),
			marks: definition.marks.map(shift)});
		i++;
	}
	return out;
}
