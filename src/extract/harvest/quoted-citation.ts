/*
 * A paper cited title first, in quotation marks, then its authors and its venue's year, as posts' reading lists write
 * one (`“Title”, A. Name et al., SIGMOD 1979.`), in Chinese posts with their own commas and `等` for `et al.`
 * (`“Title”，P. Griffiths Selinger 等，SIGMOD 1979。`): the quotes set the title apart, the names after it are its
 * authors, the year closes its venue.
 */
import type {Citation} from './citation.ts';
import {personNames} from './names.ts';
import {squash} from './text.ts';

/** The quoted title, the names (`et al.`/`等` closing them maybe), the venue's capitalised words and its year. */
const QUOTED_FIRST = new RegExp(String.raw`^["“]([^"“”]{4,200}?)[,，]?["”]\s*[,，]\s*([^，。;；]{3,120}?)\s*`
	+ String.raw`(?:等|et al\.?)?\s*[,，]\s*((?:\p{Lu}[\p{L}&'’-]*\s+){0,4})((?:19|20)\d{2})(?=$|[\s.。;；,，)）])`, 'u');

/** A line citing a paper title first in quotation marks; else undefined. */
export function parseQuotedCitation(text: string): Citation | undefined {
	const m = QUOTED_FIRST.exec(text.slice(0, 400));
	const authors = m ? personNames(m[2]!) : undefined;
	if (!m || !authors) return undefined;
	const title = m[1]!;
	// (a venue before the year says a paper's: `SIGMOD 1979`; the year alone says no kind)
	const span = {start: 1, end: 1 + title.length};
	return {title: squash(title), authors, contributors: [], publishedAt: m[4]!, span, ...(m[3] ? {type: 'J'} : {})};
}
