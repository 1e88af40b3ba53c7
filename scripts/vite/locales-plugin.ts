import type {Plugin} from 'vite';
import {LOCALES} from '../../src/core/catalog.ts';
import {messages} from '../../src/shared/i18n/index.ts';

/** Emits `_locales/<lang>/messages.json` from the typed catalogs, so a missing translation is a type error. */
export function localesPlugin(): Plugin {
	return {
		name: 'shelfmark:locales',
		generateBundle() {
			for (const locale of LOCALES) {
				const json = Object.fromEntries(Object.entries(messages)
					.map(([key, message]) => [key, {message: message[locale]}]));
				this.emitFile({type: 'asset', fileName: `_locales/${locale}/messages.json`, source: `${JSON.stringify(json, null, '\t')}\n`});
			}
		},
	};
}
