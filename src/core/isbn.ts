/** ISBN helpers: everything is stored as checksum-valid ISBN-13 (DESIGN §3). */

const digitsOf = (input: string) => input.replace(/[\s\-‐‑–—.]/g, '').toUpperCase();

/** ISBN-13's weighted sum: its digits times 1, 3, 1, 3… (a valid one's is a multiple of 10). */
const sum13 = (digits: string) => [...digits].reduce((sum, digit, i) => sum + +digit * (i % 2 ? 3 : 1), 0);

/**
 * A checksum-valid ISBN-13 for an ISBN-10 or ISBN-13 in any common notation, else undefined
 * (ASINs fail the checksum). An ISBN-10's digits (`X` is 10) times 10 down to 1 sum to a multiple of 11.
 */
export const toIsbn13 = (input: string): string | undefined => {
	const raw = digitsOf(input.replace(/^\s*ISBN(-1[03])?:?/i, ''));
	if (/^97[89]\d{10}$/.test(raw)) return sum13(raw) % 10 ? undefined : raw;
	if (!/^\d{9}[\dX]$/.test(raw)
		|| [...raw].reduce((sum, digit, i) => sum + (digit === 'X' ? 10 : +digit) * (10 - i), 0) % 11) return undefined;
	const first12 = `978${raw.slice(0, 9)}`;
	return first12 + ((10 - (sum13(first12) % 10)) % 10);
};

/**
 * Every valid ISBN in free text, as ISBN-13, without duplicates. A number does not run on across a line: a label's
 * digits (`ISBN13`, then the number on the next line) or the page count above it are no part of it.
 */
export const findIsbns = (text: string): string[] => {
	const found = new Set<string>();
	for (const match of text.match(/(?<![\dX])\d[\d -]{7,15}[\dX](?![\dX])/gi) ?? []) {
		const isbn = toIsbn13(match);
		if (isbn) found.add(isbn);
	}
	return [...found];
};

/**
 * The ISBNs a details list states: any on a line with an ISBN/EAN label or the line after one, and 13-digit
 * Bookland numbers anywhere. A bare 10-digit number elsewhere is some other identifier (a record ID passes the
 * ISBN-10 checksum one time in eleven).
 */
export const statedIsbns = (text: string): string[] => {
	const lines = text.split('\n');
	const label = /ISBN|\bEAN\b/i;
	// (the first line's: `undefined`, no label)
	const labelled = lines.filter((line, i) => label.test(line) || label.test(lines[i - 1]!));
	const written = digitsOf(text);
	return [...new Set([...findIsbns(labelled.join('\n')), ...findIsbns(text).filter(isbn => written.includes(isbn))])];
};
