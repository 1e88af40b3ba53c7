/**
 * A work's credit stacked in blocks under its title, as library, shop and staff-pick cards set a record
 * (`<h3><a>Title</a></h3><p>Jon Fosse</p><p>Det Norske Samlaget, 2019</p>`): the people alone on one block, the
 * imprint (`Publisher, Year`) alone on the next, maybe opened by the translator's sentence (`Oversatt av X. Tiden,
 * 1999`, `Translated by X. Vintage, 2004`). Either block alone says less: a name under a heading may be the section's
 * writer, an imprint a caption's.
 */
import {creditLine, type Bib} from './biblio.ts';
import {personNames} from './names.ts';
import {parsePeople} from './people.ts';
import type {Segment} from './segments.ts';

/** The imprint block: a sentence crediting the translator maybe, then the house and the year. */
const IMPRINT_BLOCK = /^(?:([^.]{4,80}?)\.\s+)?([^.]{2,80})$/u;

/** The people of `seg` and the imprint of `next` as one work's credit, or undefined. */
export function stackedCredit(seg: Segment, next: Segment | undefined): Bib | undefined {
	if (!next || seg.links.length || next.links.length || /\n/.test(seg.text + next.text)) return undefined;
	if (parsePeople(seg.text).contributors.length) return undefined;
	const authors = personNames(seg.text);
	const block = IMPRINT_BLOCK.exec(next.text);
	if (!authors || !block) return undefined;
	// (read as one caption: the names' line over the imprint's, so the house is no co-author)
	const credit = creditLine(`${seg.text}\n${block[2]!}`);
	if (!credit?.publisher || !credit.publishedAt || credit.authors.length !== authors.length) return undefined;
	const translators = block[1] ? parsePeople(block[1]).contributors : [];
	if (block[1] && !translators.length) return undefined;
	return {...credit, authors, contributors: translators};
}
