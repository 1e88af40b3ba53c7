import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {findIsbns, statedIsbns, toIsbn13} from '../../../src/core/isbn.ts';

describe('toIsbn13', () => {
	test.each([
		['9780307474278', '9780307474278'],
		['978-0-307-47427-8', '9780307474278'],
		['ISBN-13: 978 0 307 47427 8', '9780307474278'],
		['  ISBN 0-307-47427-5', '9780307474278'],
		['080442957X', '9780804429573'],
	])('%s', (input, isbn) => expect(toIsbn13(input)).toBe(isbn));
	test.each([['9780307474279'], ['B00ABCDEFG'], ['0307474276'], ['12345']])('not %s', input =>
		expect(toIsbn13(input)).toBeUndefined());

	test('an ISBN-13 reads the same however its digits are grouped', () => {
		fc.assert(fc.property(fc.array(fc.constantFrom('', '', '-', ' '), {minLength: 12, maxLength: 12}), seps => {
			const isbn = '9780307474278';
			const written = [...isbn].map((digit, i) => digit + (seps[i] ?? '')).join('');
			expect(toIsbn13(written)).toBe(isbn);
		}));
	});
});

describe('findIsbns and statedIsbns', () => {
	test('every ISBN in a text, grouped any way, without duplicates', () => {
		expect(findIsbns('ISBN 978-0-307-47427-8 (pbk.), 0-307-47427-5; ebook 978 1 4028 9462 6')).toEqual(['9780307474278', '9781402894626']);
	});
	test('a number does not run on across a line', () => {
		expect(findIsbns('ISBN13\n9780307474278')).toEqual(['9780307474278']);
		expect(findIsbns('Pages: 304\n9780307474278')).toEqual(['9780307474278']);
	});
	test('a bare 10-digit number is an ISBN only on or under a label', () => {
		expect(statedIsbns('Order 0307474275\nRef 1234')).toEqual([]);
		expect(statedIsbns('ISBN-10\n0307474275')).toEqual(['9780307474278']);
	});
});
