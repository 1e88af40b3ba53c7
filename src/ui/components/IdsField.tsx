import {useId} from 'preact/hooks';
import {ID_SCHEMES} from '../../core/ids.ts';
import {ID_ROW_SCHEMES, type FormError, type IdRow} from '../form/work-values.ts';
import {t} from '../i18n.ts';

export type IdsFieldProps = {
	value: IdRow[];
	onChange(rows: IdRow[]): void;
	/** Errors of the form; this field shows those of its rows. */
	errors: FormError[];
	/** The scheme a new row starts with (ISBN for a book, DOI for a paper). */
	newScheme: IdRow['scheme'];
	/** Offers ISBN as a scheme (the kind has ISBNs); a row that holds one always offers it. */
	isbn: boolean;
};

const schemeLabel = (scheme: IdRow['scheme']) => (scheme === 'isbn' ? 'ISBN' : ID_SCHEMES[scheme].label);

/** ISBNs and other identifiers, one row each: a scheme and a value; a malformed value is named next to it. */
export function IdsField({value, onChange, errors, newScheme, isbn}: IdsFieldProps) {
	const id = useId();
	const set = (index: number, patch: Partial<IdRow>) =>
		onChange(value.map((row, at) => (at === index ? {...row, ...patch} : row)));
	return (
		<fieldset class="field rows">
			<legend>{t('fieldIds')}</legend>
			{value.map((row, index) => {
				const error = errors.find(e => e.field === 'ids' && e.index === index);
				const errorId = `${id}-${index}-error`;
				return (
					<div key={index}>
						<div class="row-3">
							<select name="id-scheme" aria-label={t('idScheme')} value={row.scheme}
								onChange={e => set(index, {scheme: e.currentTarget.value as IdRow['scheme']})}>
								{ID_ROW_SCHEMES.filter(scheme => scheme !== 'isbn' || isbn || row.scheme === 'isbn')
									.map(scheme => <option key={scheme} value={scheme}>{schemeLabel(scheme)}</option>)}
							</select>
							<input name="id-value" aria-label={schemeLabel(row.scheme)} value={row.value}
								aria-invalid={Boolean(error)} aria-describedby={error ? errorId : undefined}
								onInput={e => set(index, {value: e.currentTarget.value})}/>
							<button type="button" class="icon"
								aria-label={t('idRemove', row.value || schemeLabel(row.scheme))}
								onClick={() => onChange(value.filter((_, at) => at !== index))}>×</button>
						</div>
						{error && <p id={errorId} class="hint error">{t('formInvalidId', schemeLabel(row.scheme))}</p>}
					</div>
				);
			})}
			<button type="button" class="link add" onClick={() => onChange([...value, {scheme: newScheme, value: ''}])}>
				{t('idAdd')}
			</button>
		</fieldset>
	);
}
