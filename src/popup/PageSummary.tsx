import type {Kind, PageMetadata} from '../core/types.ts';
import {ItemCover} from '../ui/components/ItemCover.tsx';
import {useRemoteCovers} from '../ui/hooks/use-remote-covers.ts';
import {t} from '../ui/i18n.ts';

export type PageSummaryProps = {
	url: string;
	/** What the extractor read, if the page could be read. */
	metadata: PageMetadata | null;
	/** The user's edits of the kind, cover and source, which win over the page's. */
	edited?: {kind: Kind | ''; image: string; publisher: string; provider: string};
};

/** Cover (or the kind's icon, in the same fixed box), source and address of the page being saved. */
export function PageSummary({url, metadata, edited}: PageSummaryProps) {
	const covers = useRemoteCovers();
	const image = edited ? edited.image : metadata?.image;
	const kind = edited?.kind || metadata?.kind || 'article';
	const by = edited
		? edited.provider || edited.publisher || metadata?.siteName
		: metadata?.provider ?? metadata?.publisher ?? metadata?.siteName;
	const source = [by, metadata?.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
	return (
		<div class="page-summary">
			<ItemCover item={{kind, image: image && /^https?:\/\//.test(image) ? image : undefined}} remote={covers}/>
			<div class="page-source">
				{source && <p class="muted">{source}</p>}
				<p class="url" title={url}><span class="visually-hidden">{t('fieldUrl')}: </span>{url}</p>
			</div>
		</div>
	);
}
