import {createContext} from 'preact';
import {useContext} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import {t} from '../ui/i18n.ts';
import {recommenderLabel} from './RecommendersNav.tsx';
import './provenance.css';

/** Shows the list filtered by one recommending post (provided by OptionsApp). */
export const ShowRecommended = createContext<((url: string) => void) | undefined>(undefined);

export type ProvenanceProps = {item: Item};

/** In the item editor: the posts that recommended the item, each with the sentence it was recommended in. */
export function Provenance({item}: ProvenanceProps) {
	const show = useContext(ShowRecommended);
	if (item.recommendedBy.length === 0) return null;
	return (
		<section class="provenance" aria-labelledby={`provenance-${item.id}`}>
			<h3 id={`provenance-${item.id}`}>{t('optNavRecommenders')}</h3>
			<ul>
				{item.recommendedBy.map(recommendation => (
					<li key={recommendation.url}>
						<a href={recommendation.url} target="_blank" rel="noopener noreferrer">{recommenderLabel(recommendation)}</a>
						{recommendation.context && <blockquote>{recommendation.context}</blockquote>}
						{show && <button type="button" class="link" onClick={() => show(recommendation.url)}>{t('optProvenanceShowAll')}</button>}
					</li>
				))}
			</ul>
		</section>
	);
}
