import {type KeyPress, isChord} from '../ui/keys.ts';

/** What a key does in the list: move the active row, act on it, or reach the search box, topics or this help. */
export type ListKeyAction = 'next' | 'previous' | 'open' | 'toggle' | 'search' | 'topic' | 'help';

/** Where the key was pressed, as far as the list's keys care. */
export type KeyPlace = {
	/** In a text field, a textarea, a select or editable text: every key is the field's. */
	typing: boolean;
	/** On a button, link or other control, whose own key Enter is. */
	control: boolean;
	/** A dialog or a menu is open: its keys, not the list's. */
	layered: boolean;
	/** The trash, where works take no topics. */
	trash: boolean;
};

/** The keys in the order the help lists them; the first of each is the one shown first. */
export const LIST_KEYS: readonly {keys: readonly string[]; action: ListKeyAction}[] = [
	{keys: ['j'], action: 'next'},
	{keys: ['k'], action: 'previous'},
	{keys: ['Enter', 'e'], action: 'open'},
	{keys: ['x'], action: 'toggle'},
	{keys: ['/'], action: 'search'},
	{keys: ['t'], action: 'topic'},
	{keys: ['?'], action: 'help'},
];

const BY_KEY = new Map(LIST_KEYS.flatMap(({keys, action}) => keys.map(key => [key, action] as const)));

/**
 * The list action a keydown means, or undefined when the key is not the list's: a chord (the browser's), a key
 * typed into a field, anything while a dialog or menu is open, Enter on a control, a topic in the trash.
 */
export function listKeyAction(press: KeyPress, place: KeyPlace): ListKeyAction | undefined {
	if (isChord(press) || place.typing || place.layered) return undefined;
	const action = BY_KEY.get(press.key);
	if (action === 'open' && press.key === 'Enter' && place.control) return undefined;
	if (action === 'topic' && place.trash) return undefined;
	return action;
}
