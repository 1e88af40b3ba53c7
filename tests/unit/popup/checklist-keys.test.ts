import {describe, expect, test} from 'vitest';
import {checklistStep} from '../../../src/popup/checklist-keys.ts';
import {press} from '../../support/key-press.ts';


describe('checklistStep', () => {
	test.each([
		['ArrowDown', 2, 3], ['ArrowUp', 2, 1], ['Home', 2, 0], ['End', 2, 6],
		['ArrowDown', 6, 6], ['ArrowUp', 0, 0], // Kept within the list
	])('%s from row %i goes to row %i of 7', (key, from, to) => {
		expect(checklistStep(press(key), false, from, 7)).toBe(to);
	});

	test('other keys, chords and keys in a field are not moves', () => {
		expect(checklistStep(press(' '), false, 1, 7)).toBeUndefined();
		expect(checklistStep(press('j'), false, 1, 7)).toBeUndefined();
		expect(checklistStep(press('ArrowDown', {shiftKey: true}), false, 1, 7)).toBeUndefined();
		expect(checklistStep(press('ArrowDown', {ctrlKey: true}), false, 1, 7)).toBeUndefined();
		expect(checklistStep(press('ArrowDown', {altKey: true}), false, 1, 7)).toBeUndefined();
		expect(checklistStep(press('ArrowDown'), true, 1, 7)).toBeUndefined(); // The kind select's own arrows
	});
});
