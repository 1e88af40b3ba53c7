import {PHONE_FLAG, PHONE_MISSING} from './phone-run.ts';

// e2e builds only: in a phone run (phone-run.ts) the APIs Android lacks are removed here. Each entry point imports
// this first, so they are gone before any other module runs. Release builds drop it (`__E2E__` is false).
if (__E2E__ && globalThis.localStorage?.getItem(PHONE_FLAG)) {
	const scope = globalThis as unknown as Record<'browser' | 'chrome', object | undefined>;
	for (const api of [scope.browser, scope.chrome]) {
		for (const name of PHONE_MISSING) {
			if (api) Object.defineProperty(api, name, {value: undefined, configurable: true});
		}
	}
}
