/** String helpers shared by every source: pages are hostile, so every string is decoded, collapsed and capped. */

/** Named entities, each as its character then its name. */
const NAMED = `&amp,<lt,>gt,"quot,'apos, nbsp,…hellip,—mdash,–ndash,’rsquo,‘lsquo,”rdquo,“ldquo,·middot,»raquo,«laquo`.split(',');

/** Decodes the entities that survive in JSON-LD strings and double-escaped attributes (`&amp;amp;`). */
export const decodeEntities = (input: string): string => {
	return input.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
		if (body[0] !== '#') return NAMED.find(e => e.slice(1) === body.toLowerCase())?.[0] ?? whole;
		const code = +`0${body.slice(1)}`; // `0x1F` and `0X1F` are hex to unary plus, `0065` decimal
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
};

/** A string (JSON-LD and the DOM give any value). */
export const isText = (value: unknown): value is string => typeof value === 'string';

/** Values of a possibly-array field, as a flat list (JSON-LD allows either everywhere). */
export const list = (value: unknown): unknown[] => {
	return value == null ? [] : [value].flat(4); // (an array's items three deep)
};

/** Lowercase letters and digits only, for loose equality of names and titles. */
export const loose = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Trimmed, entity-decoded, whitespace-collapsed text of at most `max` characters, or undefined when empty. */
export const clean = (input: unknown, max = 300): string | undefined => {
	if (typeof input === 'number') input = String(input);
	if (!isText(input)) return undefined;
	// Cap before the regexes so a 10 MB attribute costs nothing.
	let text = decodeEntities(input.slice(0, max * 4)).replace(/[\u202a-\u202e\ufeff\u2066-\u2069\u200b-\u200f]/g, '')
		.replace(/\s+/g, ' ').trim();
	if (text.length > max) text = `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
	return text || undefined;
};

/** Han ideographs, kana, hangul: the scripts whose text has no spaces between words. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const KANA = /[\u3040-\u30ff]/;

export const HANGUL = /[\uac00-\ud7af]/;
