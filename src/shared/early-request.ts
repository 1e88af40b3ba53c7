import browser from 'webextension-polyfill';
import type {BackgroundApi, WireRequest} from './messages.ts';

/** Requests sent by a page's first, small module, by method and arguments, until the page's own call takes them. */
const early = new Map<string, Promise<unknown>>();
const keyOf = (method: string, args: readonly unknown[]) => `${method}\n${JSON.stringify(args)}`;

/**
 * Sends a request before the rest of the page's code has loaded: a cold background wakes and answers while the page
 * still loads. The page's first call with the same method and arguments takes this answer instead of asking again.
 */
export function sendEarly<M extends keyof BackgroundApi>(method: M, ...args: Parameters<BackgroundApi[M]>): void {
	const reply = browser.runtime.sendMessage({channel: 'background', method, args} satisfies WireRequest);
	reply.catch(() => {}); // Whoever takes it sees the failure; if nobody does, it asked for nothing that matters
	early.set(keyOf(method, args), reply);
}

/** The answer to an early request for exactly this call, once; undefined when there was none. */
export function takeEarly(method: string, args: readonly unknown[]): Promise<unknown> | undefined {
	const key = keyOf(method, args);
	const reply = early.get(key);
	early.delete(key);
	return reply;
}
