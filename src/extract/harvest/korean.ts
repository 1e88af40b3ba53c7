/** How Korean posts credit a work: `『책 제목』`, then `A 지음, B·C 옮김, 출판사, 2013` (a bookstore's credit line). */
import type {Bib} from './biblio.ts';
import {stripNumbering} from './text.ts';

/** Hangul: a line holding any is Korean, where 『』 marks a book's title as 《》 does. */
export const HANGUL = /\p{Script=Hangul}/u;

/** The role each credit word gives the names before it: 지음 / 저 wrote it, 옮김 / 역 translated it, 엮음 / 편 edited it. */
const ROLES: Record<string, string> = {지음: 'author', 저: 'author', 글: 'author', 옮김: 'translator', 역: 'translator',
	번역: 'translator', 엮음: 'editor', 편: 'editor', 감수: 'other'};
const GROUP = new RegExp(`^(.{2,60}?)\\s+(?:외\\s+)?(${Object.keys(ROLES).join('|')})$`, 'u');
/** A name: Hangul, Han or Latin letters (`로버트 C. 마틴`, `개앞맵시`), no digit. */
const NAME = /^[\p{Script=Hangul}\p{Script=Han}\p{L}. -]{2,30}$/u;

/**
 * The people, publisher and year of a Korean credit line, its fields parted by commas or bars: each group of names
 * closes on its role, `·` parts the names of a group, `외` ("and others") is dropped; then the publisher and the year.
 */
export function koreanCredit(after: string): Bib | undefined {
	// (or in brackets right after the title, the sentence running on after them: `『Title』(A 지음, 출판사)로 …`)
	const bracket = /^\s*[(（]([^()（）\n]{2,80})[)）]/u.exec(after)?.[1];
	// (a spaced dash closes the credit, the writer's comment after it: `A / House — read this first`)
	// (a dash may open it after the title, as a list's line gives it: `『Title』 - A / House`)
	const line = (bracket ?? after.split('\n').map(part => part.trim()).find(Boolean) ?? '').replace(/^[-–—]\s+/, '')
		.split(/\s[—–]\s/)[0]!;
	const bib: Bib = {authors: [], contributors: []};
	// (parted by spaced slashes, bars or middle dots, a field's names may be parted by commas: `A 저 / B, C 역 / House`)
	const spaced = /\s[|｜/·]\s/.test(line);
	const fields = line.split(spaced ? /\s+[|｜/·]\s+/ : /\s*[,，|｜/]\s*/);
	// (brackets holding no one, only the imprint, name the publisher, then the year: `(위키북스, 2015)`)
	const imprint = !!bracket && fields.length === 2 && NAME.test(fields[0]!) && /^(?:19|20)\d{2}$/.test(fields[1]!);
	if (imprint) return {...bib, publisher: fields[0]!, publishedAt: fields[1]!};
	// Names a comma parts before their group's role (`A, B, C 지음`): theirs too
	let pending: string[] = [];
	for (const [k, whole] of fields.entries()) {
		// (a note in brackets closing a field is none of its words: the set's volumes, `House (전 5권)`, an edition's)
		const field = /\d{4}/.test(whole) ? whole : whole.replace(/\s*[(（][^()（）]{1,12}[)）]$/u, '');
		const group = GROUP.exec(field);
		if (group) {
			const names = [...pending, ...group[1]!.split(spaced ? /\s*[·・,，]\s*/ : /\s*[·・]\s*/)];
			pending = [];
			if (!names.every(name => NAME.test(name))) return undefined;
			const role = ROLES[group[2]!]!;
			for (const name of names) {
				if (role === 'author') bib.authors.push(name);
				else bib.contributors.push({name, role});
			}
			continue;
		}
		const credited = bib.authors.length + bib.contributors.length > 0;
		// (a house with its year in brackets after it: `한빛미디어(2019)`, `위키북스 (2021)`)
		const dated = /^(.+?)\s*[(（]((?:19|20)\d{2})[)）]$/u.exec(field);
		if (/^(?:19|20)\d{2}(?:[.\-년 ]|$)/.test(field)) bib.publishedAt ??= field.slice(0, 4);
		else if (credited && !bib.publisher && NAME.test(dated?.[1] ?? field)) {
			bib.publisher = dated?.[1] ?? field;
			if (dated) bib.publishedAt ??= dated[2]!;
		} else if (!credited && !spaced && NAME.test(field)) pending.push(field);
		// (the first field's names with no role, then the house's: `A / House`, `A, B / House (2021)`, the authors)
		else if (!credited && spaced && k === 0 && fields.length > 1) {
			const names = field.split(/\s*[,，·・]\s*/);
			if (!names.every(name => PERSON.test(name))) break;
			bib.authors.push(...names);
		} else break;
	}
	return bib.authors.length || bib.contributors.length ? bib : undefined;
}

/** A Korean name: one to three words of Hangul (`한강`, `유발 하라리`), or a full Latin name. */
export const PERSON = /^(?:\p{Script=Hangul}{2,4}|\p{Script=Hangul}{1,5}(?: \p{Script=Hangul}{1,5}){1,2})$/u;

/**
 * The people a Korean list item or heading names before its 『title』, a comma closing them, as Korean lists write a
 * book author first (`1. 한강, 『채식주의자』`); `·` parts two names. A label closed by its stop may open the line
 * (`번외. 유발 하라리, 『사피엔스』`: a bonus, a note): the names are what follows it.
 */
export function koreanNamesBefore(opening: string): string[] {
	const names = /(?:^|[.:：]\s)\s*([^.:：,，]{2,30}?)\s*[,，]\s*$/u.exec(stripNumbering(opening))?.[1]?.split(/\s*[·・]\s*/u) ?? [];
	return names.length && names.every(name => PERSON.test(name)) ? names : [];
}

/** A publisher's name as Korean writes it: one word of Hangul, Latin letters maybe in it (`창비`, `한빛미디어`). */
export const HOUSE = /^[\p{Script=Hangul}\p{L}]{2,15}$/u;

/**
 * The imprint opening the paragraph under a Korean work's heading, a sentence of its own before the comment: the
 * publisher and the year (`창비, 2007. …`), a credit first maybe (`조현욱 옮김, 김영사, 2015. …`), as Korean posts
 * set a book's facts under it.
 */
export function koreanImprint(text: string): Bib | undefined {
	const m = /^([^.!?。]{2,80}?)\s*[,，]\s*((?:19|20)\d{2})\.?(?=\s|$)/u.exec(text);
	const fields = m?.[1]!.split(/\s*[,，]\s*/) ?? [];
	const publisher = fields.pop();
	if (!m || !publisher || !HOUSE.test(publisher) || !HANGUL.test(publisher)) return undefined;
	// (or its authors' names alone before it: `김철수, 위키북스, 2019`)
	const named = fields.length && fields.every(name => PERSON.test(name))
		? {authors: fields, contributors: []} : undefined;
	const credit = fields.length ? koreanCredit(fields.join(', ')) ?? named : {authors: [], contributors: []};
	return credit && {...credit, publisher, publishedAt: m[2]!};
}
