/** `npm run --silent cli -- <command> ...`: the pure modules, from a terminal. */
export {};
const commands: Record<string, () => Promise<{run(args: string[]): Promise<void>}>> = {
	extract: () => import('./extract.ts'),
	harvest: () => import('./harvest.ts'),
	add: () => import('./add.ts'),
	set: () => import('./set.ts'),
	delete: () => import('./delete.ts'),
	merge: () => import('./merge.ts'),
	list: () => import('./list.ts'),
	sync: () => import('./sync.ts'),
	held: () => import('./held.ts'),
	convert: () => import('./convert.ts'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
if (!load) {
	process.stderr.write(`usage: cli <${Object.keys(commands).join('|')}> [options]\n`);
	process.exit(2);
}
try {
	await (await load()).run(args);
} catch (error) {
	process.stderr.write(`shelfmark ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
}
