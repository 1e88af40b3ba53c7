/** Date parsing that keeps the precision a page gives (2011, 2011-06, 2011-06-12, a timestamp) and invents nothing. */

import {isText} from './text.ts';

const monthOf = (word: string): number => {
	const lower = word.toLowerCase();
	return MONTHS.findIndex(test => test.test(lower)) + 1; // (none: 0)
};

/**
 * ISO 8601 (any precision), `2011/6/12`, `2011年6月`, `2011년 6월 12일`, `12.06.2011`, `13/01/2020`, `June 12, 2011`,
 * `12 juin 2011`, RFC 2822, a year alone (a catalogue's inferred year in brackets: `[2023]`).
 */
export const parseDate = (input: unknown, dayFirst?: boolean | string): string | undefined => {
	if (!isText(input)) return undefined;
	const text = input.trim().slice(0, 100);
	let m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d:?\d\d)?/i.exec(text);
	if (m) {
		const date = assemble(+m[1]!, +m[2]!, +m[3]!);
		const zone = (m[5] ?? '').toUpperCase().replace(/(\d\d)(\d\d)$/, '$1:$2'); // `+0100` as `+01:00`, `z` as `Z`
		return date && `${date}T${m[4]}${zone}`;
	}
	m = /(?:^|\D)(\d{4})\s*[-/.年년]\s*(\d{1,2})(?:\s*[-/.月월]\s*(\d{1,2}))?(?!\d)/.exec(text);
	if (m) return assemble(+m[1]!, +m[2]!, +m[3]!); // No day: NaN, read as none
	m = /(?:^|\D)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/.exec(text);
	if (m) return assemble(+m[3]!, +m[2]!, +m[1]!);
	// `13/01/2020` or `02-13-2024`: day and month told apart when one of them is over 12; `10-05-2021` is either, but
	// day first where the page's language writes it so (`dayFirst`: every one but English), month first where it is
	// American English (`false`), else neither.
	m = /(?:^|\D)(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?!\d)/.exec(text);
	if (m) {
		const a = +m[1]!, b = +m[2]!;
		return ((a > 12 || a === b || dayFirst) && assemble(+m[3]!, b, a))
			|| (b > 12 || dayFirst === false ? assemble(+m[3]!, a, b) : undefined);
	}
	m = /(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([a-zà-ü]{3,})\.?,?\s+(?:de\s+)?(\d{4})/i.exec(text);
	if (m && monthOf(m[2]!)) return assemble(+m[3]!, monthOf(m[2]!), +m[1]!);
	// (Kakao's blogs stop the day: `Dec 05. 2026`)
	m = /([a-zà-ü]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th|er)?\.?,?\s+(\d{4})/i.exec(text);
	if (m && monthOf(m[1]!)) return assemble(+m[3]!, monthOf(m[1]!), +m[2]!);
	m = /([a-zà-ü]{3,})\.?,?\s+(\d{4})(?!\d)/i.exec(text);
	if (m && monthOf(m[1]!)) return assemble(+m[2]!, monthOf(m[1]!));
	m = /^\[?(\d{4})[\]年]?$/.exec(text);
	return m ? assemble(+m[1]!) : undefined;
};

/** Month names' openings in the languages of the pages users save, January first (a list, not regexes: bytes). */
const MONTHS = 'jan|ene|gen feb|fév|fev mar|mär|mrt|maa apr|avr|abr may|mai|mei|mag juin|jun|giu juil|jul|lug aug|aoû|aou|ago sep|set oct|okt|ott nov dec|dez|déc|dic'
	.split(' ').map(names => new RegExp(`^(${names})`));

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** Numbers read from digits or a month's name: none is negative, and 0 (or NaN, a missing part) is none. */
const assemble = (year: number, month?: number, day?: number): string | undefined => {
	if (year < 1000 || year > 2100) return undefined;
	if (!month) return String(year);
	if (month > 12) return undefined;
	if (!day) return `${year}-${pad(month)}`;
	return day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
};
