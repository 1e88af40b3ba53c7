/**
 * Hybrid logical clock stamps: `wall(base36, 9) . counter(base36, 4) . node`, a string that sorts in time order.
 * Skew is tolerated: a stamp up to MAX_SKEW_MS ahead advances ours instead of being refused (DESIGN §3). A stamp
 * further ahead does not move our clock: the sync engine holds its record aside for the user (core/far-ahead.ts).
 */
export type Stamp = string;

export type Clock = {wall: number; counter: number; node: string};

const WALL_WIDTH = 9; // 36^9 ms is about 3,200 years
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** The largest wall time the format holds; no stamp may name a later one, or it would stop sorting (year 5188). */
export const MAX_WALL = 36 ** WALL_WIDTH - 1;
const STAMP = /^([\da-z]{9})\.([\da-z]{4})\.([\w-]{1,32})$/;
/**
 * How far ahead of this device's clock another device's stamp may be and still be taken as skew. Honest clocks
 * disagree by seconds (NTP) or by whole hours (a clock set in the wrong time zone: UTC-12 and UTC+14 are 26 h
 * apart, one day more when the date was also set by hand). Two days tolerates all of these; a stamp further ahead
 * comes from a clock set to another year, and accepting it would let its record win against every honest edit
 * made here for that long.
 */
export const MAX_SKEW_MS = 2 * 24 * 60 * 60 * 1000;
/** Remote stamps further ahead than this are reported as clock drift (but still accepted). */
export const DRIFT_WARN_MS = 60 * 60 * 1000;

export function createClock(node: string, wall = 0): Clock {
	if (!/^[\w-]{1,32}$/.test(node)) throw new TypeError(`Bad HLC node id: ${node}`);
	return {wall, counter: 0, node};
}

/** Throws on a clock the format cannot hold: a stamp never leaves its fixed width, on write as on read. */
export function formatStamp({wall, counter, node}: Clock): Stamp {
	if (!Number.isSafeInteger(wall) || wall < 0 || wall > MAX_WALL
		|| !Number.isSafeInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
		throw new RangeError(`HLC clock out of the stamp format: ${wall}/${counter}`);
	}
	return `${wall.toString(36).padStart(WALL_WIDTH, '0')}.${counter.toString(36).padStart(COUNTER_WIDTH, '0')}.${node}`;
}

export function parseStamp(stamp: Stamp): Clock {
	const match = STAMP.exec(stamp);
	if (!match) throw new TypeError(`Bad HLC stamp: ${stamp.slice(0, 60)}`);
	return {wall: Number.parseInt(match[1]!, 36), counter: Number.parseInt(match[2]!, 36), node: match[3]!};
}

export function isStamp(value: unknown): value is Stamp {
	return typeof value === 'string' && STAMP.test(value);
}

/** The wall time a stamp carries, as milliseconds since the epoch. */
export function stampTime(stamp: Stamp): number {
	return parseStamp(stamp).wall;
}

/** A stamp whose wall time is further ahead of `now` than any honest clock's (MAX_SKEW_MS). */
export function isFarAhead(stamp: Stamp, now: number): boolean {
	return stampTime(stamp) > now + MAX_SKEW_MS;
}

function bump(wall: number, counter: number, node: string, previousWall: number): Clock {
	// Borrow a millisecond, not overflow
	if (counter > MAX_COUNTER && wall < MAX_WALL) return {wall: wall + 1, counter: 0, node};
	return {wall: Math.max(wall, previousWall), counter, node};
}

/** Advance for a local event. Returns the new clock; its formatted stamp is the event's stamp. */
export function tick(clock: Clock, now: number): Clock {
	if (now > clock.wall) return {wall: now, counter: 0, node: clock.node};
	return bump(clock.wall, clock.counter + 1, clock.node, clock.wall);
}

/**
 * Advance on receiving a remote stamp, so later local stamps sort after everything seen. A stamp far ahead
 * (isFarAhead) is reported as drift but does not move the clock: its record is held aside, not merged.
 */
export function receive(clock: Clock, remote: Stamp, now: number): {clock: Clock; driftMs: number} {
	const r = parseStamp(remote);
	if (r.wall > now + MAX_SKEW_MS) return {clock, driftMs: r.wall - now};
	const wall = Math.max(clock.wall, r.wall, now);
	const driftMs = Math.max(0, r.wall - now);
	let counter: number;
	if (wall === clock.wall && wall === r.wall) counter = Math.max(clock.counter, r.counter) + 1;
	else if (wall === clock.wall) counter = clock.counter + 1;
	else if (wall === r.wall) counter = r.counter + 1;
	else counter = 0;
	return {clock: bump(wall, counter, clock.node, wall), driftMs};
}

export function maxStamp(a: Stamp, b: Stamp): Stamp {
	return a >= b ? a : b;
}
