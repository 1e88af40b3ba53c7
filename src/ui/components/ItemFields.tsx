import {useId} from 'preact/hooks';
import type {Item, Kind, Status} from '../../core/types.ts';
import {t} from '../i18n.ts';
import {KindSelect} from './KindSelect.tsx';
import {RatingInput} from './RatingInput.tsx';
import {StatusSelect} from './StatusSelect.tsx';
import {TopicInput} from './TopicInput.tsx';

/** The editable fields of an item as a form holds them (authors as typed, split on save). */
export type ItemDraft = {title: string; kind: Kind; authors: string; topics: string[]; status: Status; notes: string; rating?: Item['rating']};

export function draftOf(item: Item): ItemDraft {
	return {title: item.title, kind: item.kind, authors: item.authors.join(', '), topics: item.topics, status: item.status, notes: item.notes, rating: item.rating};
}

/** Author names typed with any comma (including Chinese 、，) or semicolon. */
export const splitNames = (text: string) => text.split(/[,，、;；]/).map(name => name.trim()).filter(Boolean);

export type ItemFieldsProps = {
	draft: ItemDraft;
	onEdit(patch: Partial<ItemDraft>): void;
	/** Topics offered by the topic autocomplete. */
	knownTopics: string[];
};

/** Title, kind, status, authors, topics, rating and notes, each labelled; the caller owns the form and its buttons. */
export function ItemFields({draft, onEdit, knownTopics}: ItemFieldsProps) {
	const id = useId();
	return (
		<div class="item-fields">
			<div class="field">
				<label for={`${id}-title`}>{t('fieldTitle')}</label>
				<textarea id={`${id}-title`} name="title" rows={2} required value={draft.title} onInput={e => onEdit({title: e.currentTarget.value})}/>
			</div>
			<div class="field-row">
				<KindSelect value={draft.kind} onChange={kind => kind && onEdit({kind})}/>
				<StatusSelect value={draft.status} onChange={status => status && onEdit({status})}/>
			</div>
			<div class="field">
				<label for={`${id}-authors`}>{t('fieldAuthors')}</label>
				<input id={`${id}-authors`} name="authors" value={draft.authors} aria-describedby={`${id}-authors-hint`}
					onInput={e => onEdit({authors: e.currentTarget.value})}/>
				<p id={`${id}-authors-hint`} class="hint">{t('fieldAuthorsHint')}</p>
			</div>
			<TopicInput value={draft.topics} suggestions={knownTopics} onChange={topics => onEdit({topics})}/>
			<RatingInput name={`${id}-rating`} value={draft.rating} onChange={rating => onEdit({rating})}/>
			<div class="field">
				<label for={`${id}-notes`}>{t('fieldNotes')}</label>
				<textarea id={`${id}-notes`} name="notes" rows={5} value={draft.notes} onInput={e => onEdit({notes: e.currentTarget.value})}/>
			</div>
		</div>
	);
}
