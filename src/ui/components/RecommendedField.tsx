import type {Recommendation} from '../../core/types.ts';
import {t} from '../i18n.ts';

export type RecommendedFieldProps = {
	value: Recommendation[];
	onChange(value: Recommendation[]): void;
	/** Shows the list of everything that page recommends (the options page); absent in the popup. */
	onShow?: (url: string) => void;
};

/**
 * The pages that recommended the work, each with the sentence it was named in; read-only, removable
 * (`provenance`: the options page styles it as before).
 */
export function RecommendedField({value, onChange, onShow}: RecommendedFieldProps) {
	if (value.length === 0) return null;
	return (
		<fieldset class="field recommended provenance">
			<legend>{t('fieldRecommendedBy')}</legend>
			<ul>
				{value.map(rec => (
					<li key={rec.url}>
						<div>
							<a href={rec.url} target="_blank" rel="noopener noreferrer">{rec.title || rec.url}</a>
							{rec.context && <q>{rec.context}</q>}
							{onShow && (
								<button type="button" class="link" onClick={() => onShow(rec.url)}>
									{t('optProvenanceShowAll')}
								</button>
							)}
						</div>
						<button type="button" class="icon" aria-label={t('recommendationRemove', rec.title || rec.url)}
							onClick={() => onChange(value.filter(other => other.url !== rec.url))}>×</button>
					</li>
				))}
			</ul>
		</fieldset>
	);
}
