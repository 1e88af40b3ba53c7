import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	PROGRESS_UNITS, bumpProgress, cleanProgress, isComplete, progressFraction, progressPatch, startingProgress,
} from '../../../src/core/progress.ts';
import type {Progress} from '../../../src/core/types.ts';

describe('progress', () => {
	it('sets "reading" on the first progress of a wanted work, and leaves other statuses alone', () => {
		const lesson = {done: 12, total: 45, unit: 'lesson'} as const;
		expect(progressPatch({status: 'want'}, lesson)).toEqual({progress: lesson, status: 'reading'});
		expect(progressPatch({status: 'reading'}, lesson)).toEqual({progress: lesson});
		expect(progressPatch({status: 'done'}, lesson)).toEqual({progress: lesson});
		expect(progressPatch({status: 'dropped'}, lesson)).toEqual({progress: lesson});
		// Recording "0 of 45" has not started anything
		expect(progressPatch({status: 'want'}, {done: 0, total: 45, unit: 'lesson'}))
			.toEqual({progress: {done: 0, total: 45, unit: 'lesson'}});
	});

	it('is complete at the total, never without one, and at 100 percent', () => {
		expect(isComplete({done: 45, total: 45, unit: 'lesson'})).toBe(true);
		expect(isComplete({done: 44, total: 45, unit: 'lesson'})).toBe(false);
		expect(isComplete({done: 500, unit: 'page'})).toBe(false);
		expect(isComplete({done: 100, unit: 'percent'})).toBe(true);
		expect(isComplete({done: 99, unit: 'percent'})).toBe(false);
		expect(isComplete(undefined)).toBe(false);
	});

	it('cleans what is typed: whole numbers, no negatives, never past the total', () => {
		expect(cleanProgress({done: 12.4, total: 45, unit: 'lesson'})).toEqual({done: 12, total: 45, unit: 'lesson'});
		expect(cleanProgress({done: -3, total: 45, unit: 'lesson'})).toEqual({done: 0, total: 45, unit: 'lesson'});
		expect(cleanProgress({done: 400, total: 350, unit: 'page'})).toEqual({done: 350, total: 350, unit: 'page'});
		expect(cleanProgress({done: 120, total: 0, unit: 'page'})).toEqual({done: 120, unit: 'page'});
		expect(cleanProgress({done: 130, total: 7, unit: 'percent'})).toEqual({done: 100, unit: 'percent'});
		expect(cleanProgress({done: Number.NaN, unit: 'minute'})).toEqual({done: 0, unit: 'minute'});
	});

	it('starts in the unit the work is measured in', () => {
		expect(startingProgress({kind: 'course', duration: {lessons: 45}}))
			.toEqual({done: 0, total: 45, unit: 'lesson'});
		expect(startingProgress({kind: 'book', duration: {pages: 350}})).toEqual({done: 0, total: 350, unit: 'page'});
		expect(startingProgress({kind: 'video', duration: {minutes: 90}}))
			.toEqual({done: 0, total: 90, unit: 'minute'});
		expect(startingProgress({kind: 'course'})).toEqual({done: 0, unit: 'lesson'});
		expect(startingProgress({kind: 'article'})).toEqual({done: 0, unit: 'percent'});
		const existing: Progress = {done: 3, total: 10, unit: 'lesson'};
		expect(startingProgress({kind: 'book', duration: {pages: 300}, progress: existing})).toBe(existing);
	});

	it('bumps by one lesson or page, by ten percent, and stops at the total', () => {
		expect(bumpProgress({done: 12, total: 45, unit: 'lesson'})).toEqual({done: 13, total: 45, unit: 'lesson'});
		expect(bumpProgress({done: 45, total: 45, unit: 'lesson'})).toEqual({done: 45, total: 45, unit: 'lesson'});
		expect(bumpProgress({done: 95, unit: 'percent'})).toEqual({done: 100, unit: 'percent'});
		expect(bumpProgress({done: 0, unit: 'page'}, -1)).toEqual({done: 0, unit: 'page'});
		expect(progressFraction({done: 12, total: 48, unit: 'lesson'})).toBe(0.25);
		expect(progressFraction({done: 12, unit: 'page'})).toBeUndefined();
	});

	it('keeps every cleaned progress within 0 and its total (fast-check)', () => {
		const progress = fc.record({
			done: fc.double({min: -1e6, max: 1e6, noNaN: true}),
			total: fc.option(fc.double({min: -10, max: 1e6, noNaN: true}), {nil: undefined}),
			unit: fc.constantFrom(...PROGRESS_UNITS),
		}).map(({total, ...rest}) => (total === undefined ? rest : {...rest, total}) as Progress);
		fc.assert(fc.property(progress, fc.integer({min: -5, max: 5}), (raw, steps) => {
			const clean = bumpProgress(cleanProgress(raw), steps);
			expect(Number.isInteger(clean.done) && clean.done >= 0).toBe(true);
			const fraction = progressFraction(clean);
			if (fraction !== undefined) expect(fraction >= 0 && fraction <= 1).toBe(true);
			expect(cleanProgress(clean)).toEqual(clean);
		}));
	});
});
