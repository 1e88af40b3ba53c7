import {AppError, type ErrorCode} from '../core/errors.ts';

/** A sync failure with a stable code; the UI picks its message by `code`. */
export class SyncError extends AppError {
	override name = 'SyncError';
	constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
		super(code, message, options);
	}
}

/**
 * A failure that a later attempt may not hit (offline, 5xx, lock, rate limit):
 * retry on the next alarm with backoff.
 */
export class TransientError extends SyncError {
	override name = 'TransientError';
}

/** Whether the background should schedule a retry with backoff rather than show a setup problem. */
export function isTransient(error: unknown): boolean {
	return error instanceof TransientError;
}

/** Maps an HTTP status to the sync error it means (DESIGN §8: 412, 423, 507, 5xx each have a code). */
export function httpError(status: number, what: string): SyncError {
	const message = `${what}: HTTP ${status}`;
	if (status === 401) return new SyncError('SYNC_AUTH', message);
	if (status === 403) return new SyncError('SYNC_FORBIDDEN', message);
	// A PUT or MKCOL whose parent folder is missing (RFC 4918 9.3.1, 9.7.1)
	if (status === 409) return new SyncError('SYNC_NO_FOLDER', message);
	// The server does not take WebDAV's methods at that address: a web page, not a WebDAV folder
	if (status === 405 || status === 501) return new SyncError('SYNC_NOT_WEBDAV', message);
	if (status === 412) return new SyncError('SYNC_CONFLICT', message);
	if (status === 423) return new TransientError('SYNC_LOCKED', message);
	if (status === 507) return new SyncError('SYNC_QUOTA', message);
	if (status === 429) return new TransientError('SYNC_RATE_LIMITED', message);
	if (status >= 500) return new TransientError('SYNC_SERVER', message);
	return new SyncError('SYNC_BAD_REMOTE', message);
}
