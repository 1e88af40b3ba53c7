import type {DetectApi, WireRequest} from '../shared/messages.ts';
import {classifyPage} from './classify.ts';

// The opt-in detector, registered with scripting.registerContentScripts on every page once the user allows it.
// It stays tiny (no polyfill, no extractor): it only tells the background what kind of page this looks like,
// and only when it looks like a book or a course; the background then decides what to read.
type Runtime = {runtime: {id?: string; sendMessage(message: unknown): Promise<unknown> | undefined}};
const scope = globalThis as unknown as {browser?: Runtime; chrome?: Runtime; shelfmarkDetected?: string};
const api = scope.browser ?? scope.chrome;

if (api?.runtime.id && scope.shelfmarkDetected !== location.href) {
	scope.shelfmarkDetected = location.href;
	const kind = classifyPage(document, location.href);
	if (kind) {
		const args: Parameters<DetectApi['pageDetected']> = [{kind, url: location.href}];
		void Promise.resolve(api.runtime.sendMessage(
			{channel: 'detect', method: 'pageDetected', args} satisfies WireRequest,
		)).catch(() => undefined); // The extension was updated or disabled since this page loaded: nothing to tell
	}
}
