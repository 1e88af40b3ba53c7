import browser from 'webextension-polyfill';
import type {ErrorCode} from '../core/errors.ts';
import {errorCode} from '../core/errors.ts';
import type {MessageKey} from '../shared/i18n/index.ts';

/** A translated UI string; `$1`… take `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
	return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The user-facing message for any error, picked by its stable code. */
export function errorMessage(error: unknown): string {
	return codeMessage(errorCode(error), error instanceof Error ? error.message : String(error));
}

/** The message for an error known by its code, as the sync status stores it (`detail` fills a `$1`). */
export function codeMessage(code: ErrorCode, detail = ''): string {
	return t(`error_${code}`, detail);
}
