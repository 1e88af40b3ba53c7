import {useId} from 'preact/hooks';
import type {FormError} from '../form/work-values.ts';
import {t} from '../i18n.ts';

export type LinksFieldProps = {
	/** The first is the primary link. */
	value: string[];
	onChange(links: string[]): void;
	errors: FormError[];
};

/** The work's web addresses: add, remove, and pick the primary one (a radio moves it first). */
export function LinksField({value, onChange, errors}: LinksFieldProps) {
	const id = useId();
	const set = (index: number, link: string) => onChange(value.map((old, at) => (at === index ? link : old)));
	const makePrimary = (index: number) => onChange([value[index]!, ...value.filter((_, at) => at !== index)]);
	return (
		<fieldset class="field rows">
			<legend>{t('fieldLinks')}</legend>
			{value.map((link, index) => {
				const error = errors.some(e => e.field === 'links' && e.index === index);
				const errorId = `${id}-${index}-error`;
				return (
					<div key={index}>
						<div class="row-link">
							<input type="radio" name={`${id}-primary`} checked={index === 0}
								aria-label={t('linkPrimary', link || String(index + 1))}
								onChange={() => makePrimary(index)}/>
							<input type="url" name="link" aria-label={t('linkValue', index + 1)} value={link}
								aria-invalid={error} aria-describedby={error ? errorId : undefined}
								onInput={e => set(index, e.currentTarget.value)}/>
							<button type="button" class="icon" aria-label={t('linkRemove', link || String(index + 1))}
								onClick={() => onChange(value.filter((_, at) => at !== index))}>×</button>
						</div>
						{error && <p id={errorId} class="hint error">{t('formInvalidLink')}</p>}
					</div>
				);
			})}
			<button type="button" class="link add" onClick={() => onChange([...value, ''])}>{t('linkAdd')}</button>
		</fieldset>
	);
}
