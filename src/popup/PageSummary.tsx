import type {PageMetadata} from '../core/types.ts';
import {t} from '../ui/i18n.ts';

export type PageSummaryProps = {
	url: string;
	/** What the extractor read, if the page could be read. */
	metadata: PageMetadata | null;
	/** The current title, for the cover's alt text. */
	title: string;
	/** The user's edits of the cover and source, which win over the page's. */
	edited?: {image: string; publisher: string; provider: string};
};

/** Cover, source and address of the page being saved. */
export function PageSummary({url, metadata, title, edited}: PageSummaryProps) {
	const image = edited ? edited.image : metadata?.image;
	const by = edited ? edited.provider || edited.publisher || metadata?.siteName : metadata?.provider ?? metadata?.publisher ?? metadata?.siteName;
	const source = [by, metadata?.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
	return (
		<div class="page-summary">
			{image && /^https?:\/\//.test(image) && <img class="cover" src={image} alt={t('fieldCover', title)} referrerpolicy="no-referrer"/>}
			<div class="page-source">
				{source && <p class="muted">{source}</p>}
				<p class="url" title={url}><span class="visually-hidden">{t('fieldUrl')}: </span>{url}</p>
			</div>
		</div>
	);
}
