/** Stable error codes. The UI maps each to a translated message (`error_<CODE>` in _locales). */
export const ERROR_CODES = [
	'UNKNOWN', 'BAD_REQUEST', 'NOT_FOUND', 'EXTRACT_BLOCKED', 'EXTRACT_FAILED', 'QUOTA_EXCEEDED',
	'PERMISSION_DENIED', 'INVALID_ITEM', 'STORAGE_FAILED',
	'SYNC_CONFLICT', 'SYNC_UNREADABLE_BLOB', 'SYNC_AUTH', 'SYNC_QUOTA', 'SYNC_LOCKED', 'SYNC_SERVER', 'SYNC_OFFLINE',
	'SYNC_PASSPHRASE', 'SYNC_OUTGROWN', 'SYNC_RATE_LIMITED', 'SYNC_FAILSAFE', 'SYNC_BAD_REMOTE', 'SYNC_INSECURE_URL',
	'IMPORT_INVALID', 'IMPORT_EXPIRED', 'IMPORT_FAILED',
	'LOOKUP_NOT_FOUND', 'LOOKUP_INVALID', 'LOOKUP_FAILED',
	'SYNC_TIMEOUT',
	'SYNC_NOT_ENCRYPTED',
	'SYNC_UNSAFE_SERVER',
	'SYNC_FORBIDDEN', 'SYNC_NO_FOLDER', 'SYNC_NOT_WEBDAV',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
	override name = 'AppError';
	constructor(readonly code: ErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
	}
}

/** What an error looks like on the wire between contexts. */
export type WireError = {name: string; message: string; code: ErrorCode};

export function toWire(error: unknown): WireError {
	if (error instanceof AppError) return {name: error.name, message: error.message, code: error.code};
	if (error instanceof DOMException && error.name === 'QuotaExceededError') {
		return {name: error.name, message: error.message, code: 'QUOTA_EXCEEDED'};
	}
	const message = error instanceof Error ? error.message : String(error);
	return {name: error instanceof Error ? error.name : 'Error', message, code: 'UNKNOWN'};
}

/** An error that happened in another context, rebuilt from its wire form. */
export class RemoteError extends AppError {
	override name = 'RemoteError';
	constructor(wire: WireError, readonly method: string) {
		super(wire.code, `${method}: ${wire.message}`);
	}
}

export function errorCode(error: unknown): ErrorCode {
	return error instanceof AppError ? error.code : 'UNKNOWN';
}
