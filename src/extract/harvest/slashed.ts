import {bibIn, fullName, type Bib} from './biblio.ts';
import {cleanTitle} from './text.ts';

/**
 * `三体 / 刘慈欣 / 重庆出版社 / 2008`, `《深入理解计算机系统》 / Randal E. Bryant 著 / 龚奕利 译 / 机械工业出版社 / 2016`
 * (Douban's and catalogues' lines): the title, then its people (with their roles, or full names), the publisher and
 * the year, set apart by spaced slashes. People and a publisher or a year make it a work.
 */
export function slashed(text: string): {title: string; bib: Bib} | undefined {
	const parts = text.split(/\s+[/／]\s+/).map(part => part.trim());
	if (parts.length < 3 || parts.length > 8) return undefined;
	// (an edition note closing the title is no part of it: `（原书第3版）`, `(2nd Edition)`)
	const title = cleanTitle(parts[0]!.replace(/\s*[(（][^()（）]*(?:版|edition)[)）]$/iu, ''));
	const rest = parts.slice(1);
	const bib = bibIn(rest.join('; '));
	const named = rest[0]!.split(/\s*[,，、&]\s*|\s+and\s+/).map(name => fullName(name));
	if (!bib.authors.length && !bib.contributors.length && named.every(Boolean)) bib.authors = named as string[];
	const year = /^((?:19|20)\d{2})(?:\s*[-./年]\s*(\d{1,2}))?/.exec(rest[rest.length - 1]!);
	if (year && !bib.publishedAt) bib.publishedAt = year[2] ? `${year[1]}-${year[2].padStart(2, '0')}` : year[1]!;
	// (else the part after the people that is a name of its own, not a role's: `Grand Central`)
	bib.publisher ??= rest.slice(1)
		.find(part => /^[\p{Lu}\p{Script=Han}]/u.test(part) && !/\d|[著译编]$/u.test(part) && !fullName(part));
	if (!bib.publisher) delete bib.publisher;
	const people = bib.authors.length + bib.contributors.length;
	return title.length >= 2 && people && (bib.publisher || bib.publishedAt) ? {title, bib} : undefined;
}
