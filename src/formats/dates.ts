import type {Problems} from './clean.ts';

const pad = (n: string | number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fromEpoch(ms: number): string | undefined {
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) || ms <= 0 ? undefined : date.toISOString();
}

/** ISO instant for Unix seconds (Pocket, Netscape ADD_DATE, Instapaper, Karakeep). Thirteen digits are milliseconds. */
export function unixTime(value: unknown): string | undefined {
	const raw = String(value ?? '').trim();
	if (/^\d{13}$/.test(raw)) return fromEpoch(Number(raw));
	if (/^\d{1,11}$/.test(raw)) return fromEpoch(Number(raw) * 1000);
	return undefined;
}

/**
 * ISO 8601 from the date notations export files use, never inventing precision: `2020/03/26` and `3/26/2020`
 * become a calendar day, `2009///` a year, zone-less times take `zone` (Douban writes Beijing time).
 */
export function isoDate(value: unknown, zone = 'Z'): string | undefined {
	const raw = String(value ?? '').trim().replace(/\/+$/, '');
	if (!raw) return undefined;
	if (/^\d{9,13}$/.test(raw)) return unixTime(raw);
	let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(raw);
	if (m) {
		const [, y, mo, d] = m;
		if (!mo) return y;
		if (!d) return Number(mo) >= 1 && Number(mo) <= 12 ? `${y}-${pad(mo)}` : y;
		return validDay(Number(y), Number(mo), Number(d)) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
	}
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw); // US order, as Excel re-saves StoryGraph files
	if (m) {
		const [, mo, d, y] = m;
		return validDay(Number(y), Number(mo), Number(d)) ? `${y}-${pad(mo!)}-${pad(d!)}` : undefined;
	}
	m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(raw);
	if (m) return fromEpoch(Date.parse(`${m[1]}T${m[2]}${m[3] ?? zone}`));
	const parsed = Date.parse(raw);
	return /[a-z]{3}/i.test(raw) && !Number.isNaN(parsed) ? fromEpoch(parsed) : undefined;
}

/** `isoDate` that reports values it could not read. */
export function dateField(
	value: unknown, problems: Problems, line: number, field: string, zone?: string,
): string | undefined {
	const raw = String(value ?? '').trim();
	if (!raw) return undefined;
	const out = isoDate(raw, zone);
	if (!out) problems.add('BAD_DATE', `unreadable date: ${raw.slice(0, 40)}`, line, field);
	return out;
}
