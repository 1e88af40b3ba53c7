import type {WireError} from '../core/errors.ts';
import type {Channel, WireRequest} from './messages.ts';

/** The Result envelope every answer travels in. */
export type Reply = {ok: true; value: unknown} | {ok: false; error: WireError};

export function isRequest(value: unknown, channel: Channel): value is WireRequest {
	const request = value as Partial<WireRequest> | null;
	return typeof request === 'object' && request !== null && request.channel === channel
		&& typeof request.method === 'string' && Array.isArray(request.args);
}
