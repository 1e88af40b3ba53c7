import {sync} from '../sync/engine/sync.ts';
import {WebDavTransport} from '../sync/transports/webdav.ts';
import {loadState, parseCommand, saveState} from './state.ts';

/**
 * `sync --state FILE --webdav URL [--user U --password P] [--passphrase X]`: the extension's sync engine over
 * a state file. Password and passphrase may come from $SHELFMARK_PASSWORD / $SHELFMARK_PASSPHRASE instead,
 * to keep them out of the process list.
 */
export async function run(args: string[]): Promise<void> {
	const {values, state} = parseCommand(args, {
		webdav: {type: 'string'}, user: {type: 'string'}, password: {type: 'string'}, passphrase: {type: 'string'},
	});
	if (!values.webdav) throw new Error('usage: sync --state FILE --webdav URL [--user U --password P] [--passphrase X]');
	const password = values.password ?? process.env.SHELFMARK_PASSWORD;
	const passphrase = values.passphrase ?? process.env.SHELFMARK_PASSPHRASE;
	const store = loadState(state);
	const transport = new WebDavTransport({url: values.webdav, user: values.user, password});
	try {
		const report = await sync({store, transport, target: `webdav:${values.webdav}`, passphrase});
		const {key: _key, ...printable} = report;
		process.stdout.write(`${JSON.stringify(printable)}\n`);
		if (report.held > 0) process.stderr.write(`${report.held} records came stamped far ahead of this clock and are held: see \`held\`\n`);
	} finally {
		await saveState(state, store); // Merged data is kept even when the sync failed later on
	}
}
