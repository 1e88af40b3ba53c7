import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {type KeyPlace, LIST_KEYS, listKeyAction} from '../../../src/options/list-keys.ts';
import {press} from '../../support/key-press.ts';

const free: KeyPlace = {typing: false, control: false, layered: false, trash: false};

describe('listKeyAction', () => {
	test.each([
		['j', 'next'], ['k', 'previous'], ['Enter', 'open'], ['e', 'open'], ['x', 'toggle'],
		['/', 'search'], ['t', 'topic'], ['?', 'help'], ['J', undefined], ['a', undefined],
		[' ', undefined], ['Escape', undefined], ['ArrowDown', undefined],
	])('%j means %s on the page', (key, action) => {
		expect(listKeyAction(press(key), free)).toBe(action);
	});

	test('? is typed with Shift, and still means help', () => {
		expect(listKeyAction(press('?', {shiftKey: true}), free)).toBe('help');
	});

	test('Enter on a button or link is theirs; e still edits from there', () => {
		const onButton = {...free, control: true};
		expect(listKeyAction(press('Enter'), onButton)).toBeUndefined();
		expect(listKeyAction(press('e'), onButton)).toBe('open');
		expect(listKeyAction(press('j'), onButton)).toBe('next');
	});

	test('the trash takes no topics, the other keys work there', () => {
		const trash = {...free, trash: true};
		expect(listKeyAction(press('t'), trash)).toBeUndefined();
		expect(listKeyAction(press('x'), trash)).toBe('toggle');
	});

	const bound = LIST_KEYS.flatMap(entry => entry.keys);
	test('no key fires with Ctrl, Cmd or Alt, while typing in a field, or under a dialog or menu', () => {
		const modifiers = fc.record({ctrlKey: fc.boolean(), metaKey: fc.boolean(), altKey: fc.boolean(),
			shiftKey: fc.boolean()});
		const place = fc.record({typing: fc.boolean(), control: fc.boolean(), layered: fc.boolean(),
			trash: fc.boolean()});
		fc.assert(fc.property(fc.constantFrom(...bound), modifiers, place, (key, mods, where) => {
			const action = listKeyAction(press(key, mods), where);
			if (mods.ctrlKey || mods.metaKey || mods.altKey || where.typing || where.layered) {
				expect(action).toBeUndefined();
			}
		}));
	});

	test('every action has a key and the keys are distinct', () => {
		expect(new Set(LIST_KEYS.map(entry => entry.action)).size).toBe(LIST_KEYS.length);
		expect(new Set(bound).size).toBe(bound.length);
	});
});
