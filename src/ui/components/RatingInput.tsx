import type {Item} from '../../core/types.ts';
import {t} from '../i18n.ts';

type Rating = NonNullable<Item['rating']>;

export type RatingInputProps = {
	value: Rating | undefined;
	onChange(rating: Rating | undefined): void;
	/** Names the radio group; use a distinct one per form on the page. */
	name: string;
};

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * Zero to five stars as a radio group: arrow keys move between choices natively, and each star says
 * "3 of 5" to a screen reader instead of a symbol.
 */
export function RatingInput({value, onChange, name}: RatingInputProps) {
	return (
		<fieldset class="field rating">
			<legend>{t('optRating')}</legend>
			<label class="rating-none">
				<input type="radio" name={name} checked={value === undefined} onChange={() => onChange(undefined)}/>
				<span>{t('optRatingNone')}</span>
			</label>
			{STARS.map(star => (
				<label key={star} class={`rating-star ${value !== undefined && star <= value ? 'on' : ''}`}
					title={t('optRatingValue', star)}>
					<input type="radio" name={name} value={star} checked={value === star}
						aria-label={t('optRatingValue', star)} onChange={() => onChange(star)}/>
					<span aria-hidden="true">★</span>
				</label>
			))}
		</fieldset>
	);
}
