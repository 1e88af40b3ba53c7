import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	createClock, formatStamp, isStamp, MAX_SKEW_MS, MAX_WALL, parseStamp, receive, stampTime, tick, type Clock,
} from '../../../src/core/hlc.ts';

const DAY = 86_400_000;
const wall = fc.integer({min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1)});
/** Skews of ±1 day: two clocks are then at most MAX_SKEW_MS (2 days) apart, the skew tolerated. */
const skew = fc.integer({min: -DAY, max: DAY});
const event = fc.oneof(
	fc.record({kind: fc.constant('tick' as const), skew}),
	fc.record({kind: fc.constant('receive' as const), from: fc.nat(2), skew}),
);
const node = fc.stringMatching(/^[\w-]{1,32}$/);
/** Any stamp the format can hold, from the epoch to its last millisecond. */
const anyStamp = fc.record({wall: fc.integer({min: 0, max: MAX_WALL}), counter: fc.nat(36 ** 4 - 1), node})
	.map(formatStamp);

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

	test('a stamp two days ahead (the most tolerated) is accepted, advances the clock and is reported as drift', () => {
		const now = Date.UTC(2026, 0, 1);
		const ahead = formatStamp({wall: now + 2 * DAY, counter: 3, node: 'fast'});
		const {clock, driftMs} = receive(createClock('here'), ahead, now);
		expect(driftMs).toBe(2 * DAY);
		expect(formatStamp(tick(clock, now)) > ahead).toBe(true);
	});

	test('any valid stamp received leaves the clock in the format; one further ahead than MAX_SKEW_MS does not move it', () => {
		const clockArb = fc.record({wall: wall, counter: fc.nat(36 ** 4 - 1), node: fc.constant('here')});
		fc.assert(fc.property(clockArb, anyStamp, wall, (clock, remote, now) => {
			const {clock: next, driftMs} = receive(clock, remote, now);
			const issued = formatStamp(tick(next, now));
			expect(isStamp(issued)).toBe(true);
			expect(stampTime(issued)).toBeLessThanOrEqual(Math.max(clock.wall, now + MAX_SKEW_MS) + 1);
			if (stampTime(remote) > now + MAX_SKEW_MS) {
				expect(next).toEqual(clock);
				expect(driftMs).toBe(stampTime(remote) - now);
			} else {
				expect(issued > remote).toBe(true);
			}
		}), {numRuns: 5000});
	});

	test('the largest stamp the format allows is held off, and no clock is ever formatted out of the format', () => {
		const now = Date.UTC(2026, 11, 3);
		const largest = formatStamp({wall: MAX_WALL, counter: 36 ** 4 - 1, node: 'peer'});
		expect(largest).toBe('zzzzzzzzz.zzzz.peer');
		expect(receive(createClock('here', now), largest, now).clock.wall).toBe(now);
		expect(() => formatStamp({wall: MAX_WALL + 1, counter: 0, node: 'x'})).toThrow(RangeError);
		expect(() => formatStamp({wall: -1, counter: 0, node: 'x'})).toThrow(RangeError);
		expect(() => formatStamp({wall: 1.5, counter: 0, node: 'x'})).toThrow(RangeError);
		expect(() => formatStamp({wall: 1, counter: 36 ** 4, node: 'x'})).toThrow(RangeError);
		expect(() => parseStamp('1zzzzzzzzz.0000.x')).toThrow(TypeError);
		expect(() => parseStamp('000000001.0000.')).toThrow(TypeError);
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
