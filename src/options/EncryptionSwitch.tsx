import {useId, useState} from 'preact/hooks';
import type {SyncStatus} from '../shared/sync-protocol.ts';
import {useApi} from '../ui/api-context.ts';
import {errorMessage, t} from '../ui/i18n.ts';

export type EncryptionSwitchProps = {
	/** The synced list is encrypted now: the switch turns it off, else on. */
	encrypted: boolean;
	/** An earlier switch stopped half-way: the form starts open and says so. */
	unfinished?: boolean;
	/** Called with the status after the switch. */
	onStatus(status: SyncStatus): void;
	onMessage(message: string, error?: boolean): void;
};

/**
 * Encrypts a plain synced list under a new passphrase (typed twice), or decrypts it with the current one. Every
 * file on the server is written again; errors (a wrong passphrase, the server) show in place.
 */
export function EncryptionSwitch({encrypted, unfinished, onStatus, onMessage}: EncryptionSwitchProps) {
	const api = useApi();
	const id = useId();
	const [passphrase, setPassphrase] = useState('');
	const [repeat, setRepeat] = useState('');
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string>();
	const submit = (event: Event) => {
		event.preventDefault();
		if (!encrypted && passphrase !== repeat) {
			setError(t('syncPassphraseMismatch'));
			return;
		}
		setBusy(true);
		setError(undefined);
		api.setSyncEncryption(!encrypted, passphrase).then(status => {
			setPassphrase('');
			setRepeat('');
			onStatus(status);
			onMessage(t(encrypted ? 'syncDecryptedDone' : 'syncEncryptedDone'));
		}, (failure: unknown) => setError(errorMessage(failure))).finally(() => setBusy(false));
	};
	return (
		<details class="sync-encryption" open={unfinished}>
			<summary>{t(encrypted ? 'syncDecryptTitle' : 'syncEncryptTitle')}</summary>
			<form onSubmit={submit}>
				{unfinished && <p role="note" class="warning">{t('syncRekeyUnfinished')}</p>}
				<p class="hint">{t(encrypted ? 'syncDecryptHint' : 'syncEncryptHint')}</p>
				<div class="field">
					<label for={`${id}-passphrase`}>{t(encrypted ? 'syncOldPassphrase' : 'syncNewPassphrase')}</label>
					<input id={`${id}-passphrase`} type="password"
						autocomplete={encrypted ? 'current-password' : 'new-password'} required
						value={passphrase} onInput={e => setPassphrase(e.currentTarget.value)}/>
				</div>
				{!encrypted && (
					<div class="field">
						<label for={`${id}-repeat`}>{t('syncRepeatPassphrase')}</label>
						<input id={`${id}-repeat`} type="password" autocomplete="new-password" required value={repeat}
							onInput={e => setRepeat(e.currentTarget.value)}/>
					</div>
				)}
				{error && <p role="alert" class="error">{error}</p>}
				<div class="actions">
					<button type="submit" disabled={busy}>
						{busy ? t('syncRekeying') : t(encrypted ? 'syncDecrypt' : 'syncEncrypt')}
					</button>
				</div>
			</form>
		</details>
	);
}
