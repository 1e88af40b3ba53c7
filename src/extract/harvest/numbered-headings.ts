/**
 * A post that numbers its works' headings (`1. Title – Name`, `٢. «Title»`) lists them: each heading numbered one on
 * from the heading of its level before it is, with that one, an item of the post's list, however much text stands
 * between them (a cover, a paragraph of facts, a buy button).
 */
import type {Segment} from './segments.ts';

/** A heading's list number in any script's digits (`6.`, `٦.`, `#6`). */
const NUMBER = /^\s*#?(\p{Nd}{1,3})[.):]\s/u;

/** A digit's value: its distance from the zero of its run of ten (`٦` -> 6, `６` -> 6). */
function digit(char: string): number {
	let code = char.codePointAt(0)!;
	let steps = 0;
	while (steps < 9 && /\p{Nd}/u.test(String.fromCodePoint(code - 1))) [code, steps] = [code - 1, steps + 1];
	return steps;
}

/** The number opening a heading, or undefined. */
export function headingNumber(text: string): number | undefined {
	const digits = NUMBER.exec(text)?.[1];
	return digits ? [...digits].reduce((sum, char) => sum * 10 + digit(char), 0) : undefined;
}

/** The segments of headings numbered in sequence with the heading of the same level before or after them. */
export function numberedHeadings(segs: Segment[]): Set<number> {
	const last = new Map<string, {seg: number; number: number}>();
	const run = new Set<number>();
	segs.forEach((seg, i) => {
		if (!/^H[2-6]$/.test(seg.tag)) return;
		const number = headingNumber(seg.text);
		const before = last.get(seg.tag);
		if (number === undefined) {
			last.delete(seg.tag);
			return;
		}
		if (before && before.number === number - 1) run.add(before.seg).add(i);
		last.set(seg.tag, {seg: i, number});
	});
	return run;
}
