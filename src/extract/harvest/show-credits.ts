/**
 * A show's credits after its title, as Spanish and Portuguese write them: the network or the studio, then its makers.
 * In brackets, then `de` (`<b>Title</b> (Cadena SER), de A y B`): the house and its authors, as a book's may be; or
 * then a presenter (`<a>Title</a> (NPR) — presentado por X`): a show's network and host. After `de`, then `con`
 * (`<a>Title</a>, de Radio Ambulante Estudios, con A y B`, `, da Rádio Novelo, com A e B`): whoever the show is `with`
 * hosts it, and the one before made it.
 */
import type {Kind} from '../../core/types.ts';
import {fullName} from './biblio.ts';
import {splitNames} from './people.ts';

const ORG = String.raw`\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|de|do|da|del))*?`;
// (or its presenter after a dash: `<a>Title</a> (NPR) — presentado por X`)
const BRACKETED = new RegExp(String.raw`^\s*[(（](${ORG})[)）]\s*(?:[,，]\s*(?:de|do|da|por)|[—–-]\s*`
	+ String.raw`(?:a?presentad[oa]|conducid[oa])\s+p(?:or|el[oa]))\s+(?=\p{Lu})`, 'u');
const HOSTED_WITH = new RegExp(String.raw`^\s*[,，]\s*(?:de|do|da|del)\s+(${ORG})\s*[,，]\s*(?:con|com)\s+(?=\p{Lu})`,
	'u');

export type ShowCredits = {authors: string[]; publisher: string; kind?: Kind};

/** The credits `after` (the text right after the title) gives, or nothing. */
export function showCredits(after: string): ShowCredits | undefined {
	// (the bracket is no author's, `(George Eliot)`, for the people follow it)
	const bracketed = BRACKETED.exec(after);
	const m = bracketed ?? HOSTED_WITH.exec(after);
	if (!m) return undefined;
	const authors = splitNames(after.slice(m[0].length, m[0].length + 120), true).filter(name => !!fullName(name));
	if (!authors.length) return undefined;
	// (`con` and a presenter say it is a show; `(House), de A` may be a book's)
	const show = m !== bracketed || /presentad|conducid/.test(m[0]);
	return {authors, publisher: m[1]!, ...(show ? {kind: 'podcast' as const} : {})};
}
