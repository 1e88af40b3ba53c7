import type {TargetedKeyboardEvent} from 'preact';
import {type KeyPress, isChord, isTyping} from '../ui/keys.ts';

const STEPS: Record<string, (index: number, count: number) => number> = {
	ArrowDown: index => index + 1,
	ArrowUp: index => index - 1,
	Home: () => 0,
	End: (_, count) => count - 1,
};

/**
 * The row a key moves to from row `index` of `count` (kept within the list), or undefined when the key is not a
 * move: a chord, Shift, or a key pressed in a field (Up and Down pick a kind or move the caret there).
 */
export function checklistStep(press: KeyPress, typing: boolean, index: number, count: number): number | undefined {
	const step = STEPS[press.key];
	if (!step || typing || isChord(press) || press.shiftKey) return undefined;
	return Math.max(0, Math.min(count - 1, step(index, count)));
}

/** On the checklist: Up, Down, Home and End move the focus to another row's checkbox, which Space ticks. */
export function onChecklistKey(event: TargetedKeyboardEvent<HTMLElement>): void {
	const row = (event.target as Element).closest('.harvest-row');
	const rows = [...event.currentTarget.querySelectorAll(':scope > .harvest-row')];
	const next = row ? checklistStep(event, isTyping(event.target), rows.indexOf(row), rows.length) : undefined;
	if (next === undefined) return;
	event.preventDefault(); // No page scroll: focusing the row scrolls it into view, clear of the sticky save bar
	rows[next]!.querySelector<HTMLElement>('input[type="checkbox"]')?.focus();
}
