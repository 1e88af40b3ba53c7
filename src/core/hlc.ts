/**
 * Hybrid logical clock stamps: `wall(base36, 9) . counter(base36, 4) . node`, a string that sorts in time order.
 * Skewed clocks are tolerated: a stamp from the future advances ours instead of being refused (DESIGN §3).
 */
export type Stamp = string;

export type Clock = {wall: number; counter: number; node: string};

const WALL_WIDTH = 9; // 36^9 ms is about 3,200 years
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** Remote stamps further ahead than this are reported as clock drift (but still accepted). */
export const DRIFT_WARN_MS = 60 * 60 * 1000;

export function createClock(node: string, wall = 0): Clock {
	if (!/^[\w-]{1,32}$/.test(node)) throw new TypeError(`Bad HLC node id: ${node}`);
	return {wall, counter: 0, node};
}

export function formatStamp({wall, counter, node}: Clock): Stamp {
	return `${wall.toString(36).padStart(WALL_WIDTH, '0')}.${counter.toString(36).padStart(COUNTER_WIDTH, '0')}.${node}`;
}

export function parseStamp(stamp: Stamp): Clock {
	const [wall, counter, node] = stamp.split('.');
	if (wall === undefined || counter === undefined || !node) throw new TypeError(`Bad HLC stamp: ${stamp}`);
	return {wall: Number.parseInt(wall, 36), counter: Number.parseInt(counter, 36), node};
}

/** The wall time a stamp carries, as milliseconds since the epoch. */
export function stampTime(stamp: Stamp): number {
	return parseStamp(stamp).wall;
}

function bump(wall: number, counter: number, node: string, previousWall: number): Clock {
	if (counter > MAX_COUNTER) return {wall: wall + 1, counter: 0, node}; // Borrow a millisecond rather than overflow
	return {wall: Math.max(wall, previousWall), counter, node};
}

/** Advance for a local event. Returns the new clock; its formatted stamp is the event's stamp. */
export function tick(clock: Clock, now: number): Clock {
	if (now > clock.wall) return {wall: now, counter: 0, node: clock.node};
	return bump(clock.wall, clock.counter + 1, clock.node, clock.wall);
}

/** Advance on receiving a remote stamp, so later local stamps sort after everything seen. */
export function receive(clock: Clock, remote: Stamp, now: number): {clock: Clock; driftMs: number} {
	const r = parseStamp(remote);
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
