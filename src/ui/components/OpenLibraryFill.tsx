import {useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import {AppError} from '../../core/errors.ts';
import {OPEN_LIBRARY_ORIGIN} from '../../formats/open-library.ts';
import {useApi} from '../api-context.ts';
import {fillFromLookup} from '../form/lookup.ts';
import type {FormValues} from '../form/work-values.ts';
import {errorMessage, t} from '../i18n.ts';

export type OpenLibraryFillProps = {
	values: FormValues;
	/** Receives the values with their empty fields filled; gets the latest values to fill, not those of the click. */
	onFill(fill: (current: FormValues) => FormValues): void;
};

/**
 * "Fill in from Open Library" by the form's ISBN, else its title. The site's permission is asked for right in the
 * click (browsers accept a request only from a user gesture); without it, nothing is sent anywhere.
 */
export function OpenLibraryFill({values, onFill}: OpenLibraryFillProps) {
	const api = useApi();
	const [message, setMessage] = useState<{text: string; error?: boolean}>();
	const [busy, setBusy] = useState(false);
	const query = values.ids.find(row => row.scheme === 'isbn' && row.value.trim())?.value.trim()
		|| values.title.trim();
	const lookUp = () => {
		if (!query) return setMessage({text: t('lookupNeedQuery'), error: true});
		// Synchronously, inside the gesture
		const asked = browser.permissions.request({origins: [OPEN_LIBRARY_ORIGIN]});
		setBusy(true);
		setMessage({text: t('lookupBusy')});
		void (async () => {
			try {
				if (!await asked) throw new AppError('PERMISSION_DENIED', 'Open Library access was not granted');
				const work = await api.lookupOpenLibrary(query);
				onFill(current => fillFromLookup(current, work));
				setMessage({text: t('lookupDone', work.title)});
			} catch (error) {
				setMessage({text: errorMessage(error), error: true});
			} finally {
				setBusy(false);
			}
		})();
	};
	return (
		<div class="lookup">
			<button type="button" disabled={busy} onClick={lookUp}>{t('lookupOpenLibrary')}</button>
			<span role="status" class={message?.error ? 'error-text' : 'hint'}>{message?.text}</span>
		</div>
	);
}
