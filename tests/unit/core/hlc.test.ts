import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {createClock, formatStamp, parseStamp, receive, stampTime, tick, type Clock} from '../../../src/core/hlc.ts';

const DAY = 86_400_000;
const wall = fc.integer({min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1)});
const event = fc.oneof(
	fc.record({kind: fc.constant('tick' as const), skew: fc.integer({min: -2 * DAY, max: 2 * DAY})}),
	fc.record({kind: fc.constant('receive' as const), from: fc.nat(2), skew: fc.integer({min: -2 * DAY, max: 2 * DAY})}),
);

describe('hybrid logical clock', () => {
	test('stamps round-trip and sort like (wall, counter, node)', () => {
		fc.assert(fc.property(wall, fc.nat(36 ** 4 - 1), fc.stringMatching(/^[a-z0-9-]{1,8}$/), (w, counter, node) => {
			const clock: Clock = {wall: w, counter, node};
			expect(parseStamp(formatStamp(clock))).toEqual(clock);
			expect(stampTime(formatStamp(clock))).toBe(w);
		}), {numRuns: 2000});
	});

	test('every new stamp sorts after everything its replica issued or received, whatever the clock skew', () => {
		fc.assert(fc.property(wall, fc.array(event, {maxLength: 40}), (start, events) => {
			const clocks = [0, 1, 2].map(n => createClock(`r${n}`));
			const seen = ['', '', ''];
			let now = start;
			events.forEach((e, i) => {
				now += 7;
				const r = i % 3;
				if (e.kind === 'tick') clocks[r] = tick(clocks[r]!, now + e.skew);
				else {
					const remote = formatStamp(clocks[e.from]!);
					const next = receive(clocks[r]!, remote, now + e.skew).clock;
					expect(formatStamp(next) > remote || e.from === r).toBe(true);
					clocks[r] = next;
				}
				const stamp = formatStamp(clocks[r]!);
				expect(stamp > seen[r]!).toBe(true);
				seen[r] = stamp;
			});
		}), {numRuns: 2000});
	});

	test('a stamp from two days ahead is accepted, advances the clock and is reported as drift', () => {
		const now = Date.UTC(2026, 0, 1);
		const ahead = formatStamp({wall: now + 2 * DAY, counter: 3, node: 'fast'});
		const {clock, driftMs} = receive(createClock('here'), ahead, now);
		expect(driftMs).toBe(2 * DAY);
		expect(formatStamp(tick(clock, now)) > ahead).toBe(true);
	});

	test('counter overflow borrows a millisecond instead of breaking the order', () => {
		const full: Clock = {wall: 1000, counter: 36 ** 4 - 1, node: 'a'};
		const next = tick(full, 500);
		expect(formatStamp(next) > formatStamp(full)).toBe(true);
	});

	test('bad node ids and stamps are refused', () => {
		expect(() => createClock('a.b')).toThrow();
		expect(() => parseStamp('nonsense')).toThrow();
	});
});
