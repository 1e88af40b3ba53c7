/** Bytes as text, and what the decoder had to guess or replace on the way. */
export type Decoded = {
	text: string;
	encoding: string;
	/**
	 * 1-based lines holding bytes that are not valid UTF-8 in a file read as UTF-8 (shown as U+FFFD),
	 * first ones only.
	 */
	badLines?: number[];
	/** How many invalid byte sequences there were in all. */
	badCount?: number;
};

/** Bytes examined to recognise BOM-less UTF-16: enough for a few lines of any script, cheap on a 50 MB file. */
const SAMPLE = 4096;
/** Bad-byte lines named in a warning; the count says how many more there were. */
const MAX_BAD_LINES = 10;

/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and BOM-less UTF-16 by its byte pattern
 * (Excel's "Unicode text"). Bytes that are not UTF-8 are read in the charset the file declares near its start
 * (`<meta charset="gbk">`, a saved page's ISO-8859-1 `£`); a UTF-8 file damaged in a few places stays UTF-8 (the
 * damage shown as U+FFFD and reported); anything else is windows-1252 (Excel's "CSV" in Western locales), as a
 * browser reads a legacy page: never U+FFFD where the file had a letter.
 */
export function decodeText(bytes: Uint8Array): string {
	return decodeBytes(bytes).text;
}

/** `decodeText` that also says which encoding it chose and where a UTF-8 file had bytes it had to replace. */
export function decodeBytes(bytes: Uint8Array): Decoded {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes.subarray(3));
	if (b0 === 0xff && b1 === 0xfe) {
		return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'};
	}
	if (b0 === 0xfe && b1 === 0xff) {
		return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'};
	}
	const utf16 = bomlessUtf16(bytes);
	if (utf16) return {text: new TextDecoder(utf16).decode(bytes), encoding: utf16};
	return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
	// `stream`: a file cut for a preview may end inside a character; that is not a reason to doubt its encoding.
	const asUtf8 = () => new TextDecoder('utf-8').decode(bytes, {stream: true});
	// Nearly every file is valid UTF-8: the browser's strict decoder says so at native speed; only a file it
	// refuses is scanned byte by byte, to count the damage and name its lines.
	try {
		return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes, {stream: true}), encoding: 'utf-8'};
	} catch {
		// Fall through to the scan
	}
	const scan = scanUtf8(bytes);
	if (scan.bad === 0) return {text: asUtf8(), encoding: 'utf-8'};
	const declared = declaredCharset(bytes);
	// 8-bit text almost never forms valid multi-byte UTF-8 by chance ("Ã©" is how UTF-8 looks misread, not how
	// anyone writes): more valid sequences than bad ones means a UTF-8 file with damage, not a legacy file.
	if ((declared === undefined && scan.multibyte > scan.bad) || declared === 'utf-8') {
		return {text: asUtf8(), encoding: 'utf-8', badLines: scan.lines, badCount: scan.bad};
	}
	const encoding = declared ?? 'windows-1252';
	return {text: new TextDecoder(encoding).decode(bytes), encoding};
}

/**
 * Counts valid multi-byte UTF-8 sequences and invalid ones (each maximal bad subpart once, as decoders replace
 * them), with the lines of the first bad ones. A sequence cut by the end of the bytes is not counted as bad.
 */
function scanUtf8(bytes: Uint8Array): {multibyte: number; bad: number; lines: number[]} {
	let multibyte = 0;
	let bad = 0;
	let line = 1;
	const lines: number[] = [];
	const badAt = () => {
		bad++;
		if (lines.length < MAX_BAD_LINES && lines.at(-1) !== line) lines.push(line);
	};
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i]!;
		if (b < 0x80) { if (b === 0x0a) line++; i++; continue; }
		const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
			: b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
			: b === 0xf0 ? [3, 0x90, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
			: [0, 0, 0];
		if (length === 0) { badAt(); i++; continue; }
		let k = 1;
		while (k <= length && i + k < bytes.length) {
			const c = bytes[i + k]!;
			if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) break;
			k++;
		}
		if (k > length) { multibyte++; i += k; continue; }
		if (i + k >= bytes.length) break; // Cut by the end, not damaged
		badAt();
		i += k;
	}
	return {multibyte, bad, lines};
}

/**
 * BOM-less UTF-16 by its byte pattern, whatever the script. UTF-8 and 8-bit text files hold no NUL bytes and no C0
 * control bytes but tab, CR and LF; UTF-16 holds both: a NUL as the high byte of every ASCII character (at odd
 * offsets in LE, even in BE), control values as the low byte of about one CJK or other character in ten. So the
 * sample is UTF-16 when (a) its NUL bytes, two or more, sit at least three to one on one side of the byte pairs,
 * and it reads as text in that byte order; or else (b) it is not valid UTF-8, holds control bytes, and reads as text in
 * one order. "Reads as text": no NUL character, no broken surrogate pair, and at least 90% of the characters in
 * ranges living scripts use (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, CJK, kana, Hangul, punctuation,
 * fullwidth forms). The text test alone is not enough: pairs of ASCII letters read as CJK ideographs.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1);
	if (sample.length < 2) return undefined;
	const zeros = [0, 0];
	let control = false;
	sample.forEach((b, i) => {
		if (b === 0) zeros[i & 1]!++;
		else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control = true;
	});
	const [even = 0, odd = 0] = zeros;
	const byZeros = odd >= 2 && odd >= 3 * even ? 'utf-16le' : even >= 2 && even >= 3 * odd ? 'utf-16be' : undefined;
	if (byZeros && textShare(sample, byZeros === 'utf-16be') >= 0.9) return byZeros;
	if (!control || scanUtf8(sample).bad === 0) return undefined;
	const le = textShare(sample, false);
	const be = textShare(sample, true);
	if (Math.max(le, be) < 0.9) return undefined;
	return le >= be ? 'utf-16le' : 'utf-16be';
}

/** Share of the sample's UTF-16 characters in common script ranges; 0 if any is NUL or a broken surrogate pair. */
function textShare(sample: Uint8Array, bigEndian: boolean): number {
	const unit = (i: number) => (bigEndian ? (sample[i]! << 8) | sample[i + 1]! : sample[i]! | (sample[i + 1]! << 8));
	let chars = 0;
	let common = 0;
	for (let i = 0; i < sample.length; i += 2) {
		const u = unit(i);
		chars++;
		if (u === 0) return 0;
		if (u >= 0xd800 && u <= 0xdbff) {
			if (i + 2 >= sample.length) break; // A pair cut by the end of the sample
			const next = unit(i + 2);
			if (next < 0xdc00 || next > 0xdfff) return 0;
			common++;
			i += 2;
		} else if (u >= 0xdc00 && u <= 0xdfff) return 0;
		else if (COMMON.some(([from, to]) => u >= from && u <= to)) common++;
	}
	return chars ? common / chars : 0;
}

const COMMON: [number, number][] = [
	[0x09, 0x0a], [0x0d, 0x0d], [0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x52f], [0x590, 0x6ff], [0x900, 0xdff],
	[0xe00, 0xeff], [0x1e00, 0x1fff], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x215f], [0x3000, 0x318f],
	[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xff00, 0xffef],
];

/**
 * The charset a file names in its first 1024 bytes (`<meta charset>`, `http-equiv`, `<?xml encoding?>`),
 * if the platform knows it.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = String.fromCharCode(...bytes.subarray(0, 1024));
	const label = /(?:charset|encoding)\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
	if (!label) return undefined;
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return undefined;
	}
}

/** Encodes text as UTF-8 bytes (the CLI and tests hand strings to byte-level APIs). */
export function encodeText(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}
