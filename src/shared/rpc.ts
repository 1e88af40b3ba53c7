import browser, {type Runtime} from 'webextension-polyfill';
import {RemoteError, toWire} from '../core/errors.ts';
import type {AnyApi, BackgroundApi, Channel, WireRequest} from './messages.ts';
import {type Reply, isRequest} from './wire.ts';

export type {Reply};

/** Answers `channel` requests with `impl`, for senders that `accept` allows; other messages are left alone. */
export function serve<Api extends AnyApi>(channel: Channel, impl: Api,
	accept: (sender: Runtime.MessageSender) => boolean): void {
	browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
		if (!isRequest(message, channel) || !Object.hasOwn(impl, message.method) || !accept(sender)) return undefined;
		const method = impl[message.method]!;
		return (async (): Promise<Reply> => {
			try {
				return {ok: true, value: await method(...(message.args as never[]))};
			} catch (error) {
				console.error(`[shelfmark] ${channel}.${message.method} failed`, error);
				return {ok: false, error: toWire(error)};
			}
		})();
	});
}

function unwrap(method: string, reply: Reply | undefined): unknown {
	if (!reply) throw new RemoteError({name: 'Error', message: 'no answer', code: 'UNKNOWN'}, method);
	if (!reply.ok) throw new RemoteError(reply.error, method);
	return reply.value;
}

/** Sends one request to the background; its reply is a `Reply`, or undefined when nothing answered. */
function send(method: string, args: readonly unknown[]): Promise<unknown> {
	return browser.runtime.sendMessage({channel: 'background', method, args: [...args]} satisfies WireRequest);
}

/** Requests sent by a page's first, small module, by method and arguments, until the page's own call takes them. */
const early = new Map<string, Promise<unknown>>();
const keyOf = (method: string, args: readonly unknown[]) => `${method}\n${JSON.stringify(args)}`;

/**
 * Sends a request before the rest of the page's code has loaded: a cold background wakes and answers while the page
 * still loads. The page's first call with the same method and arguments takes this answer instead of asking again.
 */
export function sendEarly<M extends keyof BackgroundApi>(method: M, ...args: Parameters<BackgroundApi[M]>): void {
	const reply = send(method, args);
	reply.catch(() => {}); // Whoever takes it sees the failure; if nobody does, it asked for nothing that matters
	early.set(keyOf(method, args), reply);
}

/** The answer to an early request for exactly this call, once; undefined when there was none. */
function takeEarly(method: string, args: readonly unknown[]): Promise<unknown> | undefined {
	const key = keyOf(method, args);
	const reply = early.get(key);
	early.delete(key);
	return reply;
}

/** Calls the background from an extension page. */
export async function callBackground<M extends keyof BackgroundApi>(method: M, ...args: Parameters<BackgroundApi[M]>) {
	const reply = await (takeEarly(method, args) ?? send(method, args)) as Reply | undefined;
	return unwrap(method, reply) as Awaited<ReturnType<BackgroundApi[M]>>;
}

/** The background serves only this extension's own pages, never content scripts or other extensions. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
	return sender.id === browser.runtime.id && typeof sender.url === 'string'
		&& sender.url.startsWith(browser.runtime.getURL(''));
}

/** The background proxy the UI uses: the same methods as BackgroundApi, over messages. */
export const backgroundApi = new Proxy({} as BackgroundApi, {
	get: (_target, method: string) => (...args: unknown[]) =>
		(callBackground as (m: string, ...a: unknown[]) => unknown)(method, ...args),
});
