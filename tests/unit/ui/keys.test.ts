// @vitest-environment jsdom
import {describe, expect, test} from 'vitest';
import {isChord, isSaveChord, isTyping} from '../../../src/ui/keys.ts';
import {press} from '../../support/key-press.ts';


function element(html: string): Element {
	const box = document.createElement('div');
	box.innerHTML = html;
	return box.querySelector('[data-target]')!;
}

describe('isTyping', () => {
	test.each([
		['<input data-target>', true], ['<input type="search" data-target>', true], ['<input type="number" data-target>', true],
		['<textarea data-target></textarea>', true], ['<select data-target></select>', true],
		['<div contenteditable="true"><b data-target>x</b></div>', true], ['<div contenteditable data-target></div>', true],
		['<div contenteditable="false" data-target></div>', false],
		['<input type="checkbox" data-target>', false], ['<input type="radio" data-target>', false],
		['<button data-target></button>', false], ['<div role="row" tabindex="0" data-target></div>', false],
	])('%s: %s', (html, typing) => {
		expect(isTyping(element(html))).toBe(typing);
	});

	test('the document and no target are not typing', () => {
		expect(isTyping(null)).toBe(false);
		expect(isTyping(document)).toBe(false);
	});
});

describe('chords', () => {
	test('Ctrl, Cmd and Alt make a chord; Shift alone does not', () => {
		expect(isChord(press('j', {ctrlKey: true}))).toBe(true);
		expect(isChord(press('j', {metaKey: true}))).toBe(true);
		expect(isChord(press('j', {altKey: true}))).toBe(true);
		expect(isChord(press('?', {shiftKey: true}))).toBe(false);
	});

	test('Ctrl+Enter and Cmd+Enter save; Enter, Alt+Ctrl+Enter and Ctrl+S do not', () => {
		expect(isSaveChord(press('Enter', {ctrlKey: true}))).toBe(true);
		expect(isSaveChord(press('Enter', {metaKey: true}))).toBe(true);
		expect(isSaveChord(press('Enter'))).toBe(false);
		expect(isSaveChord(press('Enter', {ctrlKey: true, altKey: true}))).toBe(false);
		expect(isSaveChord(press('s', {ctrlKey: true}))).toBe(false);
	});
});
