/**
 * A post that numbers its works' headings (`1. Title – Name`, `٢. «Title»`) lists them: each heading numbered one on
 * from the heading of its level before it is, with that one, an item of the post's list, however much text stands
 * between them (a cover, a paragraph of facts, a buy button).
 */
import type {Segment} from './segments.ts';

/**
 * A heading's list number in any script's digits (`6.`, `٦.`, `#6`), or a hyphen after it as Turkish posts write it
 * (`6- Title`).
 */
const NUMBER = /^\s*#?(\p{Nd}{1,3})[.):-]\s/u;

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

/**
 * The segments of headings numbered in sequence with the heading of the same level before or after them. A numbered
 * paragraph wholly in bold is read as a heading (`H6`), one with a link or words after its bold as a list item (`LI`:
 * segments.ts): a run of such paragraphs numbers both (`<p><b>1. «A», Name</b> (House)</p>`, `<p><b>2. «B»,
 * Name</b></p>`), so a numbered item keeps the count of the `H6` headings between, itself no heading.
 */
export function numberedHeadings(segs: Segment[]): Set<number> {
	const last = new Map<string, {seg: number; number: number; item: boolean}>();
	const run = new Set<number>();
	segs.forEach((seg, i) => {
		const item = seg.tag === 'LI';
		if (!item && !/^H[2-6]$/.test(seg.tag)) return;
		const tag = item ? 'H6' : seg.tag;
		const number = headingNumber(seg.text);
		const before = last.get(tag);
		if (number === undefined) {
			if (!item) last.delete(tag);
			return;
		}
		if (before && before.number === number - 1) {
			if (!before.item) run.add(before.seg);
			if (!item) run.add(i);
		}
		last.set(tag, {seg: i, number, item});
	});
	return run;
}
