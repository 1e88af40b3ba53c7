import {launchFirefox} from '../e2e/support/firefox.ts';
import {startFixtureServer} from '../e2e/support/server.ts';
import type {Figure} from './figure.ts';
import {firefoxTarget, IDLE_MS} from './firefox-target.ts';
import {scaleFigures} from './scale-measure.ts';

/** Issue 17's list figures in Firefox ESR, names ending in ` (firefox)`. */
export default async function scaleFirefox(): Promise<Figure[]> {
	const server = await startFixtureServer();
	// Read at startup only: set at run time, it leaves the event page awake
	const session = await launchFirefox({prefs: {'extensions.background.idle.timeout': IDLE_MS}});
	try {
		return await scaleFigures(firefoxTarget(session), n => server.url(`article.html?work=${n}`), async () => {
			const device = await launchFirefox();
			return {target: firefoxTarget(device), close: () => device.close()};
		});
	} finally {
		await session.close();
		await server.close();
	}
}
