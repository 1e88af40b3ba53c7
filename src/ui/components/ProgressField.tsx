import {useId} from 'preact/hooks';
import type {Progress} from '../../core/types.ts';
import type {ProgressText} from '../form/progress.ts';
import {t} from '../i18n.ts';

export type ProgressFieldProps = {
	value: ProgressText;
	onChange(progress: ProgressText): void;
	/** The total is reached and the work is not done yet: offer to mark it done. */
	offerDone: boolean;
	onDone(): void;
};

const UNITS: Progress['unit'][] = ['page', 'lesson', 'minute', 'percent'];

/** "Lesson 12 of 45", "page 120 of 350" or a percentage: done, total and unit. */
export function ProgressField({value, onChange, offerDone, onDone}: ProgressFieldProps) {
	const id = useId();
	const percent = value.unit === 'percent';
	return (
		<fieldset class="field progress-field">
			<legend>{t('fieldProgress')}</legend>
			<div class="numbers">
				<label>
					<span>{t('progressDone')}</span>
					<input id={`${id}-done`} name="progress-done" type="number" min={0} step="any" inputMode="decimal"
						value={value.done} onInput={e => onChange({...value, done: e.currentTarget.value})}/>
				</label>
				{!percent && (
					<label>
						<span>{t('progressTotal')}</span>
						<input name="progress-total" type="number" min={0} step={1} inputMode="numeric"
							value={value.total} onInput={e => onChange({...value, total: e.currentTarget.value})}/>
					</label>
				)}
				<label>
					<span>{t('progressUnit')}</span>
					<select name="progress-unit" value={value.unit}
						onChange={e => onChange({...value, unit: e.currentTarget.value as Progress['unit']})}>
						{UNITS.map(unit => <option key={unit} value={unit}>{t(`unit_${unit}`)}</option>)}
					</select>
				</label>
			</div>
			{offerDone && (
				<p class="offer-done" role="status">
					{t('progressReached')} <button type="button" class="link"
						onClick={onDone}>{t('progressMarkDone')}</button>
				</p>
			)}
		</fieldset>
	);
}
