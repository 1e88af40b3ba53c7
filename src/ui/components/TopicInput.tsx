import type {TargetedKeyboardEvent} from 'preact';
import {useId, useMemo, useState} from 'preact/hooks';
import {normalizeTopic} from '../../core/topics.ts';
import {t} from '../i18n.ts';

export type TopicInputProps = {
	/** The chosen topics. */
	value: string[];
	/** Existing topics offered while typing. */
	suggestions: string[];
	onChange(topics: string[]): void;
	/** Visible label; defaults to "Topics". */
	label?: string;
};

const MAX_SUGGESTIONS = 8;

/**
 * Topic chips plus a combobox (WAI-ARIA 1.2 pattern): type to filter existing topics, arrows to move, Enter or
 * comma to add (a new topic is created when nothing matches), Backspace on an empty field removes the last chip.
 */
export function TopicInput({value, suggestions, onChange, label}: TopicInputProps) {
	const id = useId();
	const [text, setText] = useState('');
	const [active, setActive] = useState(-1);
	const query = normalizeTopic(text);
	// Topics that start with what was typed come first ("c": cloud-native before tech), each group in its order
	const options = useMemo(() => {
		if (!query) return [];
		const matches = suggestions.filter(topic => topic.includes(query) && !value.includes(topic));
		return [
			...matches.filter(topic => topic.startsWith(query)), ...matches.filter(topic => !topic.startsWith(query)),
		].slice(0, MAX_SUGGESTIONS);
	}, [query, suggestions, value]);
	const open = options.length > 0;

	const add = (topic: string) => {
		const clean = normalizeTopic(topic);
		if (clean && !value.includes(clean)) onChange([...value, clean]);
		setText('');
		setActive(-1);
	};
	const remove = (topic: string) => onChange(value.filter(other => other !== topic));

	const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
		if (event.key === 'ArrowDown' && open) {
			event.preventDefault();
			setActive((active + 1) % options.length);
		} else if (event.key === 'ArrowUp' && open) {
			event.preventDefault();
			setActive((active - 1 + options.length) % options.length);
		} else if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey)
			|| event.key === ',' || event.key === '，') {
			if (!query) return; // Let Enter submit the form when there is nothing to add
			event.preventDefault();
			add(active >= 0 && options[active] ? options[active] : query);
		} else if (event.key === 'Escape' && open) {
			event.preventDefault();
			setText('');
		} else if (event.key === 'Backspace' && !text && value.length > 0) {
			remove(value.at(-1)!);
		}
	};

	return (
		<div class="field topic-input">
			<label for={`${id}-input`}>{label ?? t('fieldTopics')}</label>
			<div class="chips">
				{value.map(topic => (
					<span class="chip" key={topic}>
						{topic}
						<button type="button" class="chip-remove" aria-label={t('topicRemove', topic)}
							onClick={() => remove(topic)}>×</button>
					</span>
				))}
				<input id={`${id}-input`} role="combobox" aria-expanded={open} aria-controls={`${id}-list`} aria-autocomplete="list"
					aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
					value={text} placeholder={value.length === 0 ? t('topicPlaceholder') : ''} autocomplete="off"
					onInput={e => { setText(e.currentTarget.value); setActive(-1); }}
					onKeyDown={onKeyDown} onBlur={() => query && add(query)}/>
			</div>
			<ul id={`${id}-list`} role="listbox" aria-label={t('topicSuggestions')} class="suggestions" hidden={!open}>
				{options.map((topic, index) => (
					<li key={topic} id={`${id}-option-${index}`} role="option" aria-selected={index === active}
						onMouseDown={e => { e.preventDefault(); add(topic); }}>{topic}</li>
				))}
			</ul>
		</div>
	);
}
