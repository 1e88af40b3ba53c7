import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {expect} from 'vitest';
import type {DriverPage} from './driver.ts';

export type AxeViolation = {id: string; impact: string; help: string; targets: string[]};

let axeSource: Promise<string> | undefined;

/** axe-core's own build, read once from node_modules. */
function loadAxe(): Promise<string> {
	axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	return axeSource;
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules, WCAG 2.2's target size, and best practices) on the page and returns the
 * serious and critical violations; an empty array is a pass. Injected through the driver, so extension-page CSP
 * does not stand in the way.
 */
export async function seriousViolations(page: DriverPage): Promise<AxeViolation[]> {
	const installed = await page.evaluate(() => 'axe' in globalThis);
	if (!installed) await page.evaluateSource(await loadAxe());
	return page.evaluate(async () => {
		type Result = {violations: {id: string; impact?: string | null; help: string; nodes: {target: unknown[]}[]}[]};
		const axe = (globalThis as unknown as {axe: {run(context: Document, options: object): Promise<Result>}}).axe;
		// target-size (WCAG 2.2, 2.5.8: 24 px targets) is off in axe's defaults; our visual system promises it
		const result = await axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}});
		return result.violations
			.filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
			.map(violation => ({
				id: violation.id, impact: violation.impact ?? '', help: violation.help,
				targets: violation.nodes.map(node => node.target.join(' ')),
			}));
	});
}

/** One line per violation, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations.map(v => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`).join('\n');
}

/** Interactive things smaller than 24 × 24 px (WCAG 2.2 target size); links inside running text are exempt. */
function smallTargets(): string[] {
	const selector = 'button, input:not([type="hidden"]), select, textarea, summary, [role="menuitem"], [role="option"], a';
	return [...document.querySelectorAll<HTMLElement>(selector)].flatMap(element => {
		const box = element.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) return []; // Not shown
		if (element.matches('.visually-hidden, .rating-star input, .rating-none input')) return []; // Their label is the target
		if (element.tagName === 'A' && getComputedStyle(element).display === 'inline') return [];
		if (box.width >= 23.5 && box.height >= 23.5) return [];
		const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
		return [`${element.tagName.toLowerCase()}.${element.className} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`];
	});
}

/** axe with no serious or critical violation, and no target under 24 px, on what the page shows now. */
export async function checkView(page: DriverPage, view: string): Promise<void> {
	const violations = await seriousViolations(page);
	expect(violations, `${view}:\n${describeViolations(violations)}`).toEqual([]);
	expect(await page.evaluate(smallTargets), view).toEqual([]);
}
