import {useId} from 'preact/hooks';
import {KINDS, type Kind} from '../../core/types.ts';
import {t} from '../i18n.ts';

export type KindSelectProps = {
	value: Kind | undefined;
	onChange(kind: Kind | undefined): void;
	/** Visible label; defaults to "Kind". */
	label?: string;
	/** Offers an empty choice with this text (a filter's "Any kind"); without it a kind is required. */
	emptyLabel?: string;
	/** Extra class on the wrapping label. */
	class?: string;
};

/** A labelled native select of the item kinds: native selects are keyboard and screen-reader friendly for free. */
export function KindSelect({value, onChange, label, emptyLabel, class: className}: KindSelectProps) {
	const id = useId();
	return (
		<div class={`field ${className ?? ''}`}>
			<label for={id}>{label ?? t('fieldKind')}</label>
			<select id={id} name="kind" value={value ?? ''}
				onChange={e => onChange((e.currentTarget.value || undefined) as Kind | undefined)}>
				{emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
				{KINDS.map(kind => <option key={kind} value={kind}>{t(`kind_${kind}`)}</option>)}
			</select>
		</div>
	);
}
