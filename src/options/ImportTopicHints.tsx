import './topic-variants.css';
import {useId} from 'preact/hooks';
import type {TopicMapping} from '../core/topic-variants.ts';
import {t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import type {TopicMap} from './import-topics.ts';

export type ImportTopicHintsProps = {
	/** Imported topics that look like another topic (importMappings of the file's topics, before any mapping). */
	mappings: TopicMapping[];
	/** The mappings the user chose: these topics are imported as their target. */
	chosen: TopicMap;
	/** Previews again with this choice; absent while the preview is being remade (the buttons do nothing then). */
	onChange?(map: TopicMap): void;
};

function Hint({mapping, chosen, onChange}: {mapping: TopicMapping; chosen: TopicMap;
	onChange?: ((map: TopicMap) => void) | undefined}) {
	const id = useId();
	const mapped = chosen.get(mapping.from) === mapping.to;
	const set = (on: boolean) => {
		const next = new Map(chosen);
		if (on) next.set(mapping.from, mapping.to);
		else next.delete(mapping.from);
		onChange?.(next);
	};
	const what = mapped ? t('ieTopicMapped', mapping.from, mapping.to)
		: tn(mapping.existing ? 'ieTopicExisting' : 'ieTopicImported', mapping.count, mapping.from, mapping.to);
	return (
		<li class="topic-variant" data-mapped={mapped ? '' : undefined}>
			<span id={`${id}-what`}>{what}</span>
			{/* aria-disabled, not disabled, while the preview is remade: a disabled button would drop the focus */}
			<button type="button" class={mapped ? undefined : 'primary'} aria-disabled={onChange ? undefined : 'true'}
				aria-describedby={`${id}-what`} onClick={() => set(!mapped)}>
				{mapped ? t('ieTopicKeep', mapping.from) : t('ieTopicUse', mapping.to)}
			</button>
		</li>
	);
}

/** The import preview's note on topics spelled like another one, each mapped onto that spelling with one click. */
export function ImportTopicHints({mappings, chosen, onChange}: ImportTopicHintsProps) {
	const id = useId();
	if (mappings.length === 0) return null;
	const pending = mappings.filter(mapping => mapping.existing && chosen.get(mapping.from) !== mapping.to);
	const useAll = () =>
		onChange?.(new Map([...chosen, ...pending.map(mapping => [mapping.from, mapping.to] as const)]));
	return (
		<section class="topic-variants import-topics" aria-labelledby={`${id}-h`}>
			<h3 id={`${id}-h`}>{t('ieTopicsHeading')}</h3>
			<ul>
				{mappings.map(mapping => (
					<Hint key={mapping.from} mapping={mapping} chosen={chosen} onChange={onChange}/>
				))}
			</ul>
			{pending.length > 1 && (
				<button type="button" aria-disabled={onChange ? undefined : 'true'} onClick={useAll}>
					{t('ieTopicUseAll')}
				</button>
			)}
		</section>
	);
}
