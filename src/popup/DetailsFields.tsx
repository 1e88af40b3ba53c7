import {useId, useState} from 'preact/hooks';
import type {Duration, Price} from '../core/types.ts';
import {t} from '../ui/i18n.ts';
import {ContributorsField} from './ContributorsField.tsx';
import {type Details, parseIsbns} from './details.ts';

export type DetailsFieldsProps = {
	value: Details;
	onEdit(patch: Partial<Details>): void;
};

const toNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** One line that says what the closed disclosure holds, so the popup stays short but nothing is hidden. */
function summaryOf(details: Details): string {
	const {pages, lessons, minutes} = details.duration;
	return [
		details.publisher || details.provider,
		details.isbn[0],
		pages && `${pages} ${t('durationPages')}`, lessons && `${lessons} ${t('durationLessons')}`, minutes && `${minutes} ${t('durationMinutes')}`,
		details.price && Number.isFinite(details.price.amount) && `${details.price.currency} ${details.price.amount}`,
	].filter(Boolean).join(' · ');
}

/** Cover, contributors, ISBNs, publisher, provider, length and price behind a "Details" disclosure. */
export function DetailsFields({value, onEdit}: DetailsFieldsProps) {
	const id = useId();
	const [invalidIsbns, setInvalidIsbns] = useState<string[]>([]);
	const editDuration = (key: keyof Duration, text: string) => onEdit({duration: {...value.duration, [key]: toNumber(text)}});
	const editPrice = (patch: Partial<Price>) => {
		const next = {amount: value.price?.amount ?? Number.NaN, currency: value.price?.currency ?? '', ...patch};
		onEdit({price: Number.isNaN(next.amount) && !next.currency ? undefined : next});
	};
	const summary = summaryOf(value);
	return (
		<details class="details">
			<summary>{t('detailsHeading')}{summary && <span class="muted"> · {summary}</span>}</summary>
			<div class="details-body">
				<label class="field">
					<span>{t('fieldCoverUrl')}</span>
					<input name="image" type="url" value={value.image} onInput={e => onEdit({image: e.currentTarget.value})}/>
				</label>
				<ContributorsField value={value.contributors} onChange={contributors => onEdit({contributors})}/>
				<div class="field">
					<label for={`${id}-isbn`}>{t('fieldIsbn')}</label>
					<input id={`${id}-isbn`} name="isbn" value={[...value.isbn, ...invalidIsbns].join(', ')} placeholder={t('fieldIsbnHint')}
						aria-invalid={invalidIsbns.length > 0} aria-describedby={invalidIsbns.length > 0 ? `${id}-isbn-error` : undefined}
						onChange={e => {
							const parsed = parseIsbns(e.currentTarget.value);
							setInvalidIsbns(parsed.invalid);
							onEdit({isbn: parsed.isbn});
						}}/>
					{invalidIsbns.length > 0 && <p id={`${id}-isbn-error`} class="hint error">{t('fieldIsbnInvalid', invalidIsbns.join(', '))}</p>}
				</div>
				<div class="field-row">
					<label class="field">
						<span>{t('fieldPublisher')}</span>
						<input name="publisher" value={value.publisher} onInput={e => onEdit({publisher: e.currentTarget.value})}/>
					</label>
					<label class="field">
						<span>{t('fieldProvider')}</span>
						<input name="provider" value={value.provider} onInput={e => onEdit({provider: e.currentTarget.value})}/>
					</label>
				</div>
				<fieldset class="field numbers">
					<legend>{t('fieldDuration')}</legend>
					{(['pages', 'lessons', 'minutes'] as const).map(key => (
						<label key={key}>
							<span>{t(`duration${key[0]!.toUpperCase()}${key.slice(1)}` as 'durationPages')}</span>
							<input name={key} type="number" min={0} step={1} inputMode="numeric" value={value.duration[key] ?? ''}
								onInput={e => editDuration(key, e.currentTarget.value)}/>
						</label>
					))}
				</fieldset>
				<fieldset class="field numbers">
					<legend>{t('fieldPrice')}</legend>
					<label>
						<span>{t('priceAmount')}</span>
						<input name="price" type="number" min={0} step={0.01} inputMode="decimal" value={value.price && !Number.isNaN(value.price.amount) ? value.price.amount : ''}
							onInput={e => editPrice({amount: toNumber(e.currentTarget.value) ?? Number.NaN})}/>
					</label>
					<label>
						<span>{t('priceCurrency')}</span>
						<input name="currency" maxLength={3} value={value.price?.currency ?? ''}
							onInput={e => editPrice({currency: e.currentTarget.value.toUpperCase()})}/>
					</label>
				</fieldset>
			</div>
		</details>
	);
}
