import {useId, useState} from 'preact/hooks';
import type {SyncStatus} from '../shared/sync-protocol.ts';
import {useApi} from '../ui/api-context.ts';
import {errorMessage, t} from '../ui/i18n.ts';

export type PassphraseFormProps = {
	/** Called with the new status after unlocking. */
	onStatus(status: SyncStatus): void;
	onMessage(message: string, error?: boolean): void;
};

/** Unlocks an encrypted synced list for this browser session (the key then lives in storage.session). */
export function UnlockForm({onStatus, onMessage}: PassphraseFormProps) {
	const api = useApi();
	const id = useId();
	const [passphrase, setPassphrase] = useState('');
	const [error, setError] = useState<string>();
	const submit = (event: Event) => {
		event.preventDefault();
		api.unlockVault(passphrase).then(status => {
			setPassphrase('');
			setError(undefined);
			onStatus(status);
			onMessage(t('syncUnlocked'));
		}, (failure: unknown) => setError(errorMessage(failure)));
	};
	return (
		<form class="sync-unlock" onSubmit={submit}>
			<p>{t('syncLocked')}</p>
			<div class="field">
				<label for={`${id}-passphrase`}>{t('syncUnlockPassphrase')}</label>
				<input id={`${id}-passphrase`} type="password" autocomplete="current-password" required value={passphrase}
					onInput={e => setPassphrase(e.currentTarget.value)}/>
			</div>
			{error && <p role="alert" class="error">{error}</p>}
			<div class="actions"><button type="submit" class="primary">{t('syncUnlock')}</button></div>
		</form>
	);
}

/** Re-wraps the list's key under a new passphrase: nothing is re-uploaded. */
export function ChangePassphraseForm({onMessage}: Pick<PassphraseFormProps, 'onMessage'>) {
	const api = useApi();
	const id = useId();
	const [previous, setPrevious] = useState('');
	const [next, setNext] = useState('');
	const submit = (event: Event) => {
		event.preventDefault();
		api.changePassphrase(previous, next).then(() => {
			setPrevious('');
			setNext('');
			onMessage(t('syncPassphraseChanged'));
		}, (failure: unknown) => onMessage(errorMessage(failure), true));
	};
	return (
		<details class="sync-passphrase">
			<summary>{t('syncChangePassphrase')}</summary>
			<form onSubmit={submit}>
				<div class="field">
					<label for={`${id}-old`}>{t('syncOldPassphrase')}</label>
					<input id={`${id}-old`} type="password" autocomplete="current-password" required value={previous}
						onInput={e => setPrevious(e.currentTarget.value)}/>
				</div>
				<div class="field">
					<label for={`${id}-new`}>{t('syncNewPassphrase')}</label>
					<input id={`${id}-new`} type="password" autocomplete="new-password" required value={next}
						onInput={e => setNext(e.currentTarget.value)}/>
				</div>
				<div class="actions"><button type="submit">{t('syncChangePassphrase')}</button></div>
			</form>
		</details>
	);
}
