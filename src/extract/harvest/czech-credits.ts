/*
 * Who made a work, as a Czech or Slovak sentence describing it says: the verb of who lectures or hosts it before a name
 * in the nominative (`kurz na Coursera, přednáší Andrew Ng`), or the kind of work before its maker's name in the
 * genitive (`video Joshe Starmera`, `záznamy přednášek Milana Straky`), read back in the nominative.
 */
import {fullName} from './biblio.ts';

/** Who lectures, teaches, hosts (`přednáší`, `vyučuje`, `moderuje`; Slovak `prednáša`). */
const TEACHES = ['přednáší', 'přednášejí', 'prednáša', 'prednášajú', 'vyučuje', 'vyučují', 'vyučujú', 'učí', 'moderuje',
	'moderují', 'moderujú'];
/** What a maker's genitive follows: the work's kind (`video`, `kurz`, `kniha`, `přednášky`, `záznamy`, `podcast`). */
const KINDS = ['video', 'videa', 'videí', 'kurzy?', 'kurzu', 'knih[ay]', 'přednáš(?:ky|ek)', 'prednáš(?:ky|ok)',
	'záznamy?', 'podcast', 'podcasty', 'seriál', 'články?', 'článek', 'blog'];
const WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
const TAUGHT = new RegExp(`(?<!\\p{L})(?:${TEACHES.join('|')})\\s+(${WORD}(?:\\s+${WORD}){1,2})`, 'u');
const OWNED = new RegExp(`(?<!\\p{L})(?:${KINDS.join('|')})\\s+(${WORD}\\s+${WORD})(?!\\p{L})`, 'u');

/**
 * A word of a man's or a woman's name in the genitive, in the nominative: `-a` after a consonant dropped (`Starmera`,
 * `Milana`), `-y` a feminine `-a` (`Straky`, `Jany`), `-é` an adjective's `-á` (`Novákové`), `-e` after a soft
 * consonant dropped (`Joshe`, `Tomáše`); undefined for a word in no genitive.
 */
function nominative(word: string): string | undefined {
	if (/[^aeiouyáéíóúůý]a$/u.test(word)) return word.slice(0, -1);
	if (/[^aeiouyáéíóúůý]y$/u.test(word)) return `${word.slice(0, -1)}a`;
	if (/ové$/u.test(word)) return `${word.slice(0, -1)}á`;
	if (/(?:[šžčřcjďťňx]|[sc]h)e$/u.test(word)) return word.slice(0, -1);
	return undefined;
}

/** The maker a Czech or Slovak description of a work names, in the nominative; else undefined. */
export function czechMaker(text: string): string[] | undefined {
	const taught = fullName(TAUGHT.exec(text)?.[1] ?? '');
	if (taught) return [taught];
	const owned = OWNED.exec(text)?.[1]?.split(/\s+/).map(nominative);
	const name = owned?.every(Boolean) ? fullName(owned.join(' ')) : undefined;
	return name ? [name] : undefined;
}
