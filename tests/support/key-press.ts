import type {KeyPress} from '../../src/ui/keys.ts';

/** A keydown as the key handlers read it: `key` with no modifiers unless given. */
export function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
	return {key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers};
}
