import {toWire} from '../shared/errors.ts';
import type {AnyApi, Channel} from '../shared/messages.ts';
import {type Reply, isRequest} from '../shared/wire.ts';

type Sender = {id?: string; tab?: unknown};
type PageRuntime = {
	id: string;
	onMessage: {addListener(listener: (message: unknown, sender: Sender, respond: (reply: Reply) => void) => true | undefined): void};
};

/**
 * Answers the background from a content script. Content scripts use the browser's own runtime (`browser` in
 * Firefox, `chrome` in Chrome) with `sendResponse`, which both support, instead of webextension-polyfill: the
 * polyfill is a quarter of the extractor script's 15 KB gzip budget (DESIGN §7), and this is all it did here.
 * Only the background may ask: a message from a tab (another content script, a page) is not ours.
 */
export function servePage(channel: Channel, impl: AnyApi): void {
	const scope = globalThis as {browser?: {runtime: PageRuntime}; chrome?: {runtime: PageRuntime}};
	const runtime = (scope.browser ?? scope.chrome)!.runtime;
	runtime.onMessage.addListener((message, sender, respond) => {
		if (!isRequest(message, channel) || !Object.hasOwn(impl, message.method) || sender.id !== runtime.id || sender.tab) return undefined;
		impl[message.method]!(...(message.args as never[])).then(
			value => respond({ok: true, value}),
			(error: unknown) => respond({ok: false, error: toWire(error)}),
		);
		return true;
	});
}
