import browser, {type Runtime} from 'webextension-polyfill';
import {RemoteError, toWire} from '../core/errors.ts';
import type {AnyApi, BackgroundApi, Channel, WireRequest} from './messages.ts';
import {type Reply, isRequest} from './wire.ts';
import {takeEarly} from './early-request.ts';

export type {Reply};

/** Answers `channel` requests with `impl`, for senders that `accept` allows; other messages are left alone. */
export function serve<Api extends AnyApi>(channel: Channel, impl: Api, accept: (sender: Runtime.MessageSender) => boolean): void {
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

/** Calls the background from an extension page. */
export async function callBackground<M extends keyof BackgroundApi>(method: M, ...args: Parameters<BackgroundApi[M]>) {
	const reply = await (takeEarly(method, args)
		?? browser.runtime.sendMessage({channel: 'background', method, args} satisfies WireRequest)) as Reply | undefined;
	return unwrap(method, reply) as Awaited<ReturnType<BackgroundApi[M]>>;
}

/** The background serves only this extension's own pages, never content scripts or other extensions. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
	return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** The background proxy the UI uses: the same methods as BackgroundApi, over messages. */
export const backgroundApi = new Proxy({} as BackgroundApi, {
	get: (_target, method: string) => (...args: unknown[]) => (callBackground as (m: string, ...a: unknown[]) => unknown)(method, ...args),
});
