import {SyncScheduler, type AlarmsLike, type LocksLike} from '../../../src/background/sync-scheduler.ts';
import {type KeyValueArea, SyncSettings} from '../../../src/background/sync-settings.ts';
import {MemoryStore} from '../../../src/sync/index.ts';
import {type Fault, FakeServer, FakeTransport, type FakeRequest} from '../../../src/sync/transports/fake.ts';

/** A storage area over a Map (structured clones in and out, like the real one). */
export function memoryArea(): KeyValueArea & {data: Map<string, unknown>} {
	const data = new Map<string, unknown>();
	return {
		data,
		async get(keys) {
			return Object.fromEntries([keys].flat().filter(key => data.has(key))
				.map(key => [key, structuredClone(data.get(key))]));
		},
		async set(items) {
			for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
		},
		async remove(keys) {
			for (const key of [keys].flat()) data.delete(key);
		},
	};
}

/** browser.alarms in memory: `scheduledTime` as Chrome computes it. */
export function fakeAlarms(
	now: () => number,
): AlarmsLike & {all: Map<string, {scheduledTime: number; periodInMinutes?: number}>} {
	const all = new Map<string, {scheduledTime: number; periodInMinutes?: number}>();
	return {
		all,
		create(name, info) {
			const delay = (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
			all.set(name, {scheduledTime: info.when ?? now() + delay,
				...(info.periodInMinutes ? {periodInMinutes: info.periodInMinutes} : {})});
		},
		clear: async name => all.delete(name),
		get: async name => all.get(name),
	};
}

/** navigator.locks for one name at a time: waiters queue, `ifAvailable` gets null while held. */
export function fakeLocks(): LocksLike {
	let tail: Promise<unknown> = Promise.resolve();
	let held = false;
	return {
		async request(_name, options, callback) {
			if (held && options.ifAvailable) return callback(null);
			const previous = tail;
			let release!: () => void;
			tail = new Promise<void>(resolve => { release = resolve; });
			await previous;
			held = true;
			try {
				return await callback({});
			} finally {
				held = false;
				release();
			}
		},
	};
}

/** One profile: a MemoryStore, persisted records, alarms and locks, syncing to `server`. */
export function profile(server: FakeServer, options: {
	node?: string; clock?: {now: number}; fault?: (request: FakeRequest) => Fault | undefined;
	gate?: (label: string) => Promise<void>;
} = {}) {
	const clock = options.clock ?? {now: Date.UTC(2025, 0, 1)};
	const now = () => clock.now;
	const store = new MemoryStore(options.node ?? 'a', now);
	const local = memoryArea();
	const session = memoryArea();
	const settings = new SyncSettings(local, session);
	const alarms = fakeAlarms(now);
	const locks = fakeLocks();
	let allowed = true;
	const requests: FakeRequest[] = [];
	const transport = () => new FakeTransport(server, {
		fault: request => { requests.push(request); return options.fault?.(request); },
		...(options.gate ? {gate: options.gate} : {}),
	});
	const make = () => new SyncScheduler({
		settings, alarms, locks, now, random: () => 0.5, transport,
		openStore: async () => store, allowed: async () => allowed,
	});
	return {
		clock, store, local, session, settings, alarms, requests, scheduler: make(),
		/** A new scheduler over the same storage: what a restarted worker builds. */
		restart: make,
		deny() { allowed = false; },
	};
}
