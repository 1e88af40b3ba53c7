import {t} from '../ui/i18n.ts';
import {Dialog} from './Dialog.tsx';
import {LIST_KEYS} from './list-keys.ts';
import './keys.css';

export type KeysDialogProps = {
	onClose(): void;
};

/** "?": the list's keys, each with what it does. Escape or Close shuts it and focus goes back where it was. */
export function KeysDialog({onClose}: KeysDialogProps) {
	const rows = [
		...LIST_KEYS.map(({keys, action}) => ({keys, text: t(`keys_${action}`)})),
		{keys: ['Esc'], text: t('keysEscape')},
	];
	return (
		<Dialog title={t('keysTitle')} onClose={onClose} class="keys-dialog">
			<p class="hint">{t('keysIntro')}</p>
			<dl class="keys-list">
				{rows.map(({keys, text}) => (
					<div key={keys[0]} class="keys-row">
						<dt>{keys.map((key, i) => <span key={key}>{i > 0 && ` ${t('keysOr')} `}<kbd>{key}</kbd></span>)}</dt>
						<dd>{text}</dd>
					</div>
				))}
			</dl>
			<div class="dialog-actions">
				<button type="button" data-autofocus onClick={onClose}>{t('keysClose')}</button>
			</div>
		</Dialog>
	);
}
