import {useId} from 'preact/hooks';
import {STATUSES, type Status} from '../../core/types.ts';
import {t} from '../i18n.ts';

export type StatusSelectProps = {
	value: Status | undefined;
	onChange(status: Status | undefined): void;
	/** Visible label; defaults to "Status". */
	label?: string;
	/** Offers an empty choice with this text (a placeholder or "Any status"); without it a status is required. */
	emptyLabel?: string;
	class?: string;
	disabled?: boolean;
};

/** A labelled native select of the reading statuses (want, reading, done, dropped). */
export function StatusSelect({value, onChange, label, emptyLabel, class: className, disabled}: StatusSelectProps) {
	const id = useId();
	return (
		<div class={`field ${className ?? ''}`}>
			<label for={id}>{label ?? t('fieldStatus')}</label>
			<select id={id} name="status" value={value ?? ''} disabled={disabled}
				onChange={e => onChange((e.currentTarget.value || undefined) as Status | undefined)}>
				{emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
				{STATUSES.map(status => <option key={status} value={status}>{t(`status_${status}`)}</option>)}
			</select>
		</div>
	);
}
