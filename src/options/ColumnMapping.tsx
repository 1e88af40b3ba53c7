import {useId, useState} from 'preact/hooks';
import {type ColumnMapping as Mapping, MAPPABLE_FIELDS, type MappableField} from '../formats/index.ts';
import {t} from '../ui/i18n.ts';

export type ColumnMappingProps = {
	headers: string[];
	mapping: Mapping;
	/** Called with the edited mapping when the user asks for a new preview. */
	onApply(mapping: Mapping): void;
};

/** The generic CSV step: one select per column, prefilled with `guessMapping`'s proposal. */
export function ColumnMapping({headers, mapping, onApply}: ColumnMappingProps) {
	const id = useId();
	const [edited, setEdited] = useState<Mapping>(mapping);
	return (
		<fieldset class="mapping">
			<legend>{t('ieMappingHeading')}</legend>
			<p class="hint">{t('ieMappingHint')}</p>
			<div class="mapping-grid">
				{headers.map((header, i) => (
					<div class="field" key={header}>
						<label for={`${id}-${i}`}>{header}</label>
						<select id={`${id}-${i}`} name={`column-${i}`} value={edited[header] ?? ''}
							onChange={e => setEdited({...edited,
								[header]: (e.currentTarget.value || undefined) as MappableField | undefined})}>
							<option value="">{t('ieMappingIgnore')}</option>
							{MAPPABLE_FIELDS.map(field => <option key={field} value={field}>{t(`ieField_${field}`)}</option>)}
						</select>
					</div>
				))}
			</div>
			<button type="button" onClick={() => onApply(edited)}>{t('ieUpdatePreview')}</button>
		</fieldset>
	);
}
