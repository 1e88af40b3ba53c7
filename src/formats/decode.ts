/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and BOM-less UTF-16 guessed from NUL bytes
 * (Excel's "Unicode text"). Bytes that are not UTF-8 are read in the charset the file declares near its start
 * (`<meta charset="gbk">`, a saved page's ISO-8859-1 `£`), else as windows-1252 (Excel's "CSV" in Western locales),
 * as a browser reads a legacy page: never U+FFFD where the file had a letter.
 */
export function decodeText(bytes: Uint8Array): string {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[2] !== 0 && bytes[3] === 0) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && bytes[2] === 0 && bytes[3] !== 0) return new TextDecoder('utf-16be').decode(bytes);
	try {
		// `stream`: a file cut for a preview may end inside a character; that is not a reason to doubt its encoding.
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes, {stream: true});
	} catch {
		return new TextDecoder(declaredCharset(bytes)).decode(bytes);
	}
}

/** The charset a file names in its first 1024 bytes (`<meta charset>`, `http-equiv`, `<?xml encoding?>`), if the platform knows it. */
function declaredCharset(bytes: Uint8Array): string {
	const head = String.fromCharCode(...bytes.subarray(0, 1024));
	const label = /(?:charset|encoding)\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? '';
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return 'windows-1252';
	}
}

/** Encodes text as UTF-8 bytes (the CLI and tests hand strings to byte-level APIs). */
export function encodeText(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}
