/** How Korean posts credit a work: `『책 제목』`, then `A 지음, B·C 옮김, 출판사, 2013` (a bookstore's credit line). */
import type {Bib} from './biblio.ts';

/** Hangul: a line holding any is Korean, where 『』 marks a book's title as 《》 does. */
export const HANGUL = /\p{Script=Hangul}/u;

/** The role each credit word gives the names before it: 지음 / 저 wrote it, 옮김 / 역 translated it, 엮음 / 편 edited it. */
const ROLES: Record<string, string> = {지음: 'author', 저: 'author', 글: 'author', 옮김: 'translator', 역: 'translator',
	번역: 'translator', 엮음: 'editor', 편: 'editor', 감수: 'other'};
const GROUP = new RegExp(`^(.{2,60}?)\\s+(?:외\\s+)?(${Object.keys(ROLES).join('|')})$`, 'u');
/** A name: Hangul, Han or Latin letters (`로버트 C. 마틴`, `개앞맵시`), no digit. */
const NAME = /^[\p{Script=Hangul}\p{Script=Han}\p{L}. ]{2,30}$/u;

/**
 * The people, publisher and year of a Korean credit line, its fields parted by commas or bars: each group of names
 * closes on its role, `·` parts the names of a group, `외` ("and others") is dropped; then the publisher and the year.
 */
export function koreanCredit(after: string): Bib | undefined {
	// (or in brackets right after the title, the sentence running on after them: `『Title』(A 지음, 출판사)로 …`)
	const bracket = /^\s*[(（]([^()（）\n]{2,80})[)）]/u.exec(after)?.[1];
	const line = bracket ?? after.split('\n').map(part => part.trim()).find(Boolean) ?? '';
	const bib: Bib = {authors: [], contributors: []};
	const fields = line.split(/\s*[,，|｜/]\s*/);
	// (brackets holding no one, only the imprint, name the publisher, then the year: `(위키북스, 2015)`)
	const imprint = !!bracket && fields.length === 2 && NAME.test(fields[0]!) && /^(?:19|20)\d{2}$/.test(fields[1]!);
	if (imprint) return {...bib, publisher: fields[0]!, publishedAt: fields[1]!};
	for (const field of fields) {
		const group = GROUP.exec(field);
		if (group) {
			const names = group[1]!.split(/\s*[·・]\s*/);
			if (!names.every(name => NAME.test(name))) return undefined;
			const role = ROLES[group[2]!]!;
			for (const name of names) {
				if (role === 'author') bib.authors.push(name);
				else bib.contributors.push({name, role});
			}
			continue;
		}
		const credited = bib.authors.length + bib.contributors.length > 0;
		if (/^(?:19|20)\d{2}(?:[.\-년 ]|$)/.test(field)) bib.publishedAt ??= field.slice(0, 4);
		else if (credited && !bib.publisher && NAME.test(field)) bib.publisher = field;
		else break;
	}
	return bib.authors.length || bib.contributors.length ? bib : undefined;
}
