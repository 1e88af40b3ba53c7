/** Small byte helpers that behave the same in the extension and in Node 20. */
import {concatBytes} from '../core/bytes.ts';

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
	const binary = atob(text);
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}

export function toHex(bytes: Uint8Array): string {
	let out = '';
	for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
	return out;
}

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', {fatal: true}).decode(bytes);

/** WebCrypto wants an ArrayBuffer-backed view; copies only when handed something else. */
export function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
	return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(bytes))));
}

export function randomId(bytes = 12): string {
	return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Why a capped read stopped early: the caller turns it into its own coded error. */
export class OverCapError extends Error {
	override name = 'OverCapError';
	constructor(readonly cap: number, readonly declared?: number) {
		super(declared === undefined ? `sends more than ${cap}` : `declares ${declared} bytes, more than ${cap}`); // Callers add " bytes (why)"
	}
}

/**
 * Reads a response body without ever holding more than `cap` bytes: a Content-Length over the cap is refused
 * before reading, and the streamed count is checked chunk by chunk (a server may lie about or omit the length).
 * `truncate` keeps the first `cap` bytes instead of throwing (a page's metadata sits in its head).
 */
export async function readCapped(
	response: Response, cap: number, options: {truncate?: boolean} = {},
): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length') ?? Number.NaN);
	if (!options.truncate && Number.isFinite(declared) && declared > cap) {
		await response.body?.cancel().catch(() => undefined);
		throw new OverCapError(cap, declared);
	}
	if (!response.body) return new Uint8Array(0);
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		if (total + value.length > cap) {
			await reader.cancel().catch(() => undefined);
			if (!options.truncate) throw new OverCapError(cap);
			chunks.push(value.subarray(0, cap - total));
			total = cap;
			break;
		}
		chunks.push(value);
		total += value.length;
	}
	return concatBytes(chunks, total);
}


/**
 * One overall deadline for a request, headers and body together: a server that trickles a byte at a time is cut
 * as surely as one that never answers. `signal` goes to fetch (which also aborts the body stream); the
 * timer is cleared however the work ends, and a deadline is told apart from other failures (DeadlineError).
 */
export function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
	const controller = new AbortController();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			const error = new DeadlineError(ms);
			reject(error); // First, so the race reports the deadline rather than the abort it causes
			controller.abort(error);
		}, ms);
	});
	expired.catch(() => undefined);
	// The race settles at the deadline even when `work` awaits something that ignores the signal.
	return Promise.race([work(controller.signal), expired]).finally(() => clearTimeout(timer));
}

export class DeadlineError extends Error {
	override name = 'DeadlineError';
	constructor(readonly ms: number) {
		super(`no complete answer within ${ms / 1000} s`);
	}
}
