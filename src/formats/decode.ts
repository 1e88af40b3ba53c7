/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and BOM-less UTF-16 guessed from NUL bytes
 * (Excel's "Unicode text"). Invalid UTF-8 becomes U+FFFD rather than failing the whole file.
 */
export function decodeText(bytes: Uint8Array): string {
	const [b0, b1, b2] = bytes;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[2] !== 0 && bytes[3] === 0) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && bytes[2] === 0 && bytes[3] !== 0) return new TextDecoder('utf-16be').decode(bytes);
	return new TextDecoder('utf-8').decode(bytes);
}

/** Encodes text as UTF-8 bytes (the CLI and tests hand strings to byte-level APIs). */
export function encodeText(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}
