import {AppError, errorCode} from '../core/errors.ts';
import {exportVaultKey, rekeyVault, type RekeyReport} from '../sync/index.ts';
import {type SyncScheduler, targetOf} from './sync-scheduler.ts';
import type {SyncSettings} from './sync-settings.ts';

/** Manifest swaps to try when other devices keep syncing meanwhile (each retry reuses the blobs already written). */
const ATTEMPTS = 3;

/**
 * Turns the synced list's encryption on (a new passphrase) or off (the current one): re-encrypts the vault under
 * the sync lock, then records the result: the new key in storage.session, `encrypted` in the config. A wrong
 * passphrase throws SYNC_PASSPHRASE with nothing written; a worker that dies half-way leaves a plan that the next
 * call continues. Without a vault yet, only the config changes: the first sync creates the vault as wanted.
 */
export async function switchEncryption(
	scheduler: SyncScheduler, settings: SyncSettings, on: boolean, passphrase: string,
): Promise<void> {
	if (!passphrase) throw new AppError('BAD_REQUEST', 'A passphrase is needed');
	const report = await scheduler.exclusive(async deps => {
		const config = await settings.config();
		if (!config) throw new AppError('BAD_REQUEST', 'Sync is off');
		const target = targetOf(config);
		let done: RekeyReport | undefined;
		for (let attempt = 1; !done; attempt++) {
			try {
				const plan = await settings.rekeyPlan(target);
				done = await rekeyVault({
					transport: deps.transport(config), store: await deps.openStore(), target, encrypt: on, passphrase,
					...(plan ? {plan} : {}),
					savePlan: next => settings.setRekeyPlan(target, next),
				});
			} catch (error) {
				// Another device synced: read again
				if (errorCode(error) !== 'SYNC_CONFLICT' || attempt >= ATTEMPTS) throw error;
			}
		}
		await settings.setVaultKey(on && done.key ? exportVaultKey(done.key) : undefined);
		await settings.setConfig({...config, encrypted: on});
		return done;
	});
	// A vault to be created encrypted needs the passphrase once; otherwise the cached key (or none) does
	await scheduler.run('now', on && !report.key ? passphrase : undefined);
}
