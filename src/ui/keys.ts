/** What a key handler reads from a keydown: a plain object in tests, the KeyboardEvent itself in the page. */
export type KeyPress = {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	shiftKey: boolean;
};

/** Input types that take no text: letters and arrows pressed on them are free for shortcuts. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'color', 'file']);

/** The focus is somewhere a key types or picks a value (a text input, a textarea, a select, an editable element). */
export function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof Element)) return false;
	if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	// `closest` rather than isContentEditable, which jsdom lacks
	return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** A chord with Ctrl, Cmd or Alt: the browser's or the system's, never a single-key shortcut. */
export function isChord(press: KeyPress): boolean {
	return press.ctrlKey || press.metaKey || press.altKey;
}

/** Ctrl+Enter, or Cmd+Enter on a Mac: "save" wherever a form offers it. */
export function isSaveChord(press: KeyPress): boolean {
	return press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey;
}
