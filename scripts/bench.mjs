#!/usr/bin/env node
// npm run bench: builds (release + e2e), then runs every tests/bench/*.bench.ts, each in its own Node
// process with tsx, and prints one line per figure: `name: value unit (budget X unit)`.
// The module contract is in tests/bench/figure.ts: `export default async function(): Promise<Figure[]>`.
//   npm run bench                      everything
//   npm run bench -- bundle popup      only modules whose file name contains one of the words
//   npm run bench -- --no-build        reuse dist/
// Budgets are reported, not enforced (DESIGN §7); the exit code is non-zero only when a module fails.
import {fork} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = path.join(ROOT, 'tests', 'bench');
const MODULE_TIMEOUT_MS = 10 * 60_000;

function isFigure(value) {
	return typeof value === 'object' && value !== null && typeof value.name === 'string'
		&& typeof value.unit === 'string' && typeof value.value === 'number' && Number.isFinite(value.value)
		&& (value.budget === null || typeof value.budget === 'number');
}

/** In the child: import one module with tsx loaded, run it, send its figures to the parent. */
async function runInChild(file) {
	const bench = (await import(pathToFileURL(file).href)).default;
	if (typeof bench !== 'function') throw new Error('the default export is not a function');
	const figures = await bench();
	if (!Array.isArray(figures) || !figures.every(isFigure)) throw new Error(`returned something other than Figure[]: ${JSON.stringify(figures)}`);
	process.send({figures});
}

/** In the parent: one module per process, so a module's browsers, handles and memory die with it. */
function runModule(file) {
	return new Promise(resolve => {
		const child = fork(fileURLToPath(import.meta.url), ['--child', file], {
			cwd: ROOT,
			execArgv: ['--import', 'tsx'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		let figures;
		const timer = setTimeout(() => child.kill('SIGKILL'), MODULE_TIMEOUT_MS);
		child.on('message', message => {
			figures = message.figures;
		});
		child.on('exit', code => {
			clearTimeout(timer);
			resolve(code === 0 && figures ? {figures} : {error: `exit code ${code ?? 'killed (timeout)'}`});
		});
	});
}

function format(number) {
	const abs = Math.abs(number);
	return number.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

async function main(args) {
	const words = args.filter(arg => !arg.startsWith('--'));
	if (!args.includes('--no-build')) {
		const {E2E, RELEASE, viteBuild} = await import('./build.mjs');
		await viteBuild([...RELEASE, ...E2E]);
	}
	const files = readdirSync(BENCH_DIR).filter(name => name.endsWith('.bench.ts'))
		.filter(name => words.length === 0 || words.some(word => name.includes(word))).sort();
	if (files.length === 0) throw new Error(`no bench module in tests/bench matches ${words.join(' ')}`);
	let failures = 0;
	const over = [];
	for (const name of files) {
		const result = await runModule(path.join(BENCH_DIR, name));
		if (result.error) {
			failures += 1;
			console.log(`${name}: FAILED (${result.error})`);
			continue;
		}
		for (const figure of result.figures) {
			const budget = figure.budget === null ? 'none' : `${figure.budget} ${figure.unit}`;
			console.log(`${figure.name}: ${format(figure.value)} ${figure.unit} (budget ${budget})`);
			if (figure.budget !== null && figure.value > figure.budget) over.push(figure.name);
		}
	}
	if (over.length > 0) console.log(`over budget: ${over.join('; ')}`);
	return failures === 0;
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
	runInChild(args[1]).then(() => process.exit(0), error => {
		console.error(`${path.basename(args[1])}: ${error?.stack ?? error}`);
		process.exit(1);
	});
} else {
	main(args).then(ok => process.exit(ok ? 0 : 1), error => {
		console.error(`bench failed: ${error.message}`);
		process.exit(1);
	});
}
