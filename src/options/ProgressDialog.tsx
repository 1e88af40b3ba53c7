import {useId, useState} from 'preact/hooks';
import {PROGRESS_UNITS, cleanProgress, startingProgress} from '../core/progress.ts';
import type {Item, Progress} from '../core/types.ts';
import {t} from '../ui/i18n.ts';
import {Dialog} from './Dialog.tsx';

export type ProgressDialogProps = {
	item: Item;
	/** Records the progress (the caller turns it into a patch with core/progress's rule). */
	onSave(item: Item, progress: Progress): void;
	onClose(): void;
};

const number = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** Sets a work's progress to a value (lesson 12 of 45, page 120 of 350, 40 percent) without opening the editor. */
export function ProgressDialog({item, onSave, onClose}: ProgressDialogProps) {
	const id = useId();
	const start = startingProgress(item);
	const [done, setDone] = useState(String(start.done));
	const [total, setTotal] = useState(start.total === undefined ? '' : String(start.total));
	const [unit, setUnit] = useState<Progress['unit']>(start.unit);
	const submit = (event: Event) => {
		event.preventDefault();
		const totalValue = number(total);
		onSave(item, cleanProgress({
			done: number(done) ?? 0, ...(totalValue === undefined ? {} : {total: totalValue}), unit,
		}));
		onClose();
	};
	return (
		<Dialog title={t('optProgressDialog', item.title)} onClose={onClose} class="progress-dialog">
			<form onSubmit={submit}>
				<div class="field-row">
					<div class="field">
						<label for={`${id}-done`}>{t('optProgressDone')}</label>
						<input id={`${id}-done`} name="done" type="number" min={0} max={unit === 'percent' ? 100 : number(total)}
							step={1} required value={done} data-autofocus
							onInput={e => setDone(e.currentTarget.value)}/>
					</div>
					{unit !== 'percent' && (
						<div class="field">
							<label for={`${id}-total`}>{t('optProgressTotal')}</label>
							<input id={`${id}-total`} name="total" type="number" min={1} step={1} value={total}
								onInput={e => setTotal(e.currentTarget.value)}/>
						</div>
					)}
					<div class="field">
						<label for={`${id}-unit`}>{t('optProgressUnit')}</label>
						<select id={`${id}-unit`} name="unit" value={unit}
							onChange={e => setUnit(e.currentTarget.value as Progress['unit'])}>
							{PROGRESS_UNITS.map(name => <option key={name} value={name}>{t(`optUnitName_${name}`)}</option>)}
						</select>
					</div>
				</div>
				<div class="dialog-actions">
					<button type="button" onClick={onClose}>{t('optCancel')}</button>
					<button type="submit" class="primary">{t('optProgressSave')}</button>
				</div>
			</form>
		</Dialog>
	);
}
