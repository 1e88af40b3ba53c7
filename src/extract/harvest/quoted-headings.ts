/**
 * A ranking's numbered headings, each a title in quotation marks or set apart and nothing more (`<h2>1. « Les Grandes
 * Marées »</h2>`, `2. “Title”`, `3. 「Title」`, `4. <em>Title</em>`): the works it ranks, though no credit stands in the
 * heading. The numbering in sequence says they are a list (numbered-headings.ts), the marks that each names a work.
 */
import {item, type Candidate, type Context} from './item.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, stripNumbering} from './text.ts';

/** A heading's text after its number: one quoted title, whole. */
const QUOTED = /^[«“„"‹「『《]\s*([^«»“”„"‹›「」『』《》]{2,120}?)\s*[»”“"›」』》]$/u;

/**
 * The work a numbered heading of a run (`numbered`) names by its quoted title alone, if it does: of the kind its
 * section or else the page's title says the post ranks (`Les dix meilleurs podcasts de 2025`).
 */
export function quotedHeading(seg: Segment, numbered: boolean, ctx: Context): Candidate | undefined {
	if (!numbered) return undefined;
	const rest = stripNumbering(seg.text).trim();
	// (or set apart whole after its number, as print sets titles in italics: `<h2>1. <em>Crónicas del Metro</em></h2>`)
	const start = seg.text.length - rest.length;
	const apart = seg.marks.some(m => m.start === start && m.end >= seg.text.length);
	const title = QUOTED.exec(rest)?.[1] ?? (apart ? rest : undefined);
	const section = ctx.section ?? ctx.titled;
	return title ? item(cleanTitle(title), seg, {start: 0, end: seg.text.length}, {...ctx, ...section ? {section} : {}},
		{authors: [], contributors: []}, {quoted: true}) : undefined;
}
