import {useId, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import {syncPermissions} from '../core/data-collection.ts';
import {AppError} from '../core/errors.ts';
import {sendsPasswordInClear} from '../core/plain-http.ts';
import {originPattern, type SyncProbe, type SyncSetup, type SyncStatus} from '../shared/sync-protocol.ts';
import {useApi} from '../ui/api-context.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {requestSyncPermissions} from '../ui/sync-permissions.ts';

export type SyncSetupFormProps = {
	/** The current setup, to prefill (never holds the password). */
	status: SyncStatus;
	/** The transport to show first (default: the current one, else WebDAV). */
	kind?: SyncSetup['kind'];
	/** Called with the status after a successful setup and first sync. */
	onDone(status: SyncStatus): void;
	/** Present when there is a setup to go back to. */
	onCancel?: () => void;
};

type Kind = SyncSetup['kind'];
const KINDS: Kind[] = ['webdav', 'browser-sync'];
const KIND_LABEL = {webdav: 'syncKind_webdav', 'browser-sync': 'syncKind_browserSync'} as const;

/**
 * WebDAV or browser sync. The host permission for the server is requested straight from the click (browsers
 * refuse prompts after an await); with it the background talks to the server without CORS. Firefox's consent to
 * the data sync sends is asked in the same prompt.
 */
export function SyncSetupForm({status, kind: initialKind, onDone, onCancel}: SyncSetupFormProps) {
	const api = useApi();
	const id = useId();
	const [kind, setKind] = useState<Kind>(initialKind ?? status.kind ?? 'webdav');
	const [url, setUrl] = useState(status.url ?? '');
	const [user, setUser] = useState(status.user ?? '');
	const [password, setPassword] = useState('');
	const [passphrase, setPassphrase] = useState('');
	const [plainHttp, setPlainHttp] = useState(false);
	const [busy, setBusy] = useState<'test' | 'save'>();
	const [note, setNote] = useState<{text: string; error?: boolean}>();

	/** Plain http:// to another machine: the password crosses the network readable, so the user must say yes. */
	const inClear = kind === 'webdav' && sendsPasswordInClear(url);
	const setup = (): SyncSetup => (kind === 'webdav'
		? {kind, url: url.trim(), ...(user ? {user} : {}), ...(password ? {password} : {}),
			...(passphrase ? {passphrase} : {}), ...(inClear && plainHttp ? {plainHttp} : {})}
		: {kind, ...(passphrase ? {passphrase} : {})});
	/** Must run synchronously in the click handler. In Firefox it also asks for the data sync sends (issue 18). */
	const grant = (): Promise<boolean> => {
		let origins: string[];
		try {
			origins = kind === 'webdav' ? [originPattern(url.trim())] : [];
		} catch {
			return Promise.reject(new AppError('BAD_REQUEST', url)); // Not a URL: the background would say the same
		}
		return requestSyncPermissions(syncPermissions(browser.runtime.getManifest(), origins));
	};
	const withPermission = <T,>(action: 'test' | 'save', call: () => Promise<T>): Promise<T | undefined> => {
		if (inClear && !plainHttp) { // Asked before the permission prompt: nothing to grant for a setup that is refused
			setNote({text: errorMessage(new AppError('SYNC_INSECURE_URL', url.trim())), error: true});
			return Promise.resolve(undefined);
		}
		setBusy(action);
		setNote(undefined);
		return grant()
			.then(granted => {
				if (!granted) {
					throw new AppError('PERMISSION_DENIED',
						kind === 'webdav' ? originPattern(url.trim()) : 'data_collection');
				}
				return call();
			})
			.catch((error: unknown) => { setNote({text: errorMessage(error), error: true}); return undefined; })
			.finally(() => setBusy(undefined));
	};
	const test = () => void withPermission('test', () => api.testSyncConnection(setup())).then((probe?: SyncProbe) => {
		if (probe) {
			setNote({text: [
				t(`syncProbe_${probe.vault}`),
				probe.server?.swap && t(probe.server.swap === 'lock' ? 'syncServer_lock' : 'syncServer_ifMatch'),
			].filter(Boolean).join(' ')});
		}
	});
	const save = (event: Event) => {
		event.preventDefault();
		void withPermission('save', () => api.configureSync(setup())).then(next => next && onDone(next));
	};

	return (
		<form class="sync-setup" onSubmit={save}>
			<fieldset>
				<legend>{t('syncKindLabel')}</legend>
				{KINDS.map(value => (
					<div class="check" key={value}>
						<input id={`${id}-${value}`} type="radio" name="kind" value={value} checked={kind === value}
							onChange={() => setKind(value)}/>
						<label for={`${id}-${value}`}>{t(KIND_LABEL[value])}</label>
					</div>
				))}
			</fieldset>
			{kind === 'webdav' && <>
				<div class="field">
					<label for={`${id}-url`}>{t('syncUrl')}</label>
					<input id={`${id}-url`} name="url" type="url" required value={url} aria-describedby={`${id}-url-hint`}
						onInput={e => setUrl(e.currentTarget.value)}/>
					<p id={`${id}-url-hint`} class="hint">{t('syncUrlHint')}</p>
				</div>
				<div class="field">
					<label for={`${id}-user`}>{t('syncUser')}</label>
					<input id={`${id}-user`} name="user" autocomplete="username" value={user}
						onInput={e => setUser(e.currentTarget.value)}/>
				</div>
				<div class="field">
					<label for={`${id}-password`}>{t('syncPassword')}</label>
					<input id={`${id}-password`} name="password" type="password" autocomplete="current-password" value={password}
						aria-describedby={`${id}-password-hint`} onInput={e => setPassword(e.currentTarget.value)}/>
					<p id={`${id}-password-hint`} class="hint">{t('syncPasswordHint')}</p>
				</div>
				{inClear && <div class="check">
					<input id={`${id}-plain-http`} type="checkbox" name="plainHttp" checked={plainHttp} aria-describedby={`${id}-plain-http-hint`}
						onChange={e => setPlainHttp(e.currentTarget.checked)}/>
					<label for={`${id}-plain-http`}>{t('syncPlainHttp')}</label>
					<p id={`${id}-plain-http-hint`} class="hint">{t('syncPlainHttpHint')}</p>
				</div>}
			</>}
			<div class="field">
				<label for={`${id}-passphrase`}>{t('syncPassphrase')}</label>
				<input id={`${id}-passphrase`} name="passphrase" type="password" autocomplete="new-password" value={passphrase}
					aria-describedby={`${id}-passphrase-hint`} onInput={e => setPassphrase(e.currentTarget.value)}/>
				<p id={`${id}-passphrase-hint`} class="hint">{t('syncPassphraseHint')}</p>
			</div>
			<p role="status" class={note?.error ? 'error' : 'hint'}>{note?.text ?? ''}</p>
			<div class="actions">
				{kind === 'webdav' && (
					<button type="button" disabled={busy !== undefined} onClick={test}>
						{busy === 'test' ? t('syncTesting') : t('syncTest')}
					</button>
				)}
				<button type="submit" class="primary" disabled={busy !== undefined}>
					{busy === 'save' ? t('syncSaving') : t('syncSave')}
				</button>
				{onCancel && <button type="button" onClick={onCancel}>{t('syncCancel')}</button>}
			</div>
		</form>
	);
}
