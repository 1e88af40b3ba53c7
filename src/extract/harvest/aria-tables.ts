/**
 * Tables drawn with ARIA roles instead of table elements (GitBook's, Notion's and other React renderers': a
 * `role="table"` block of `role="row"` blocks of `role="columnheader"` and `role="cell"` blocks): read as tables are,
 * each row its cells in order.
 */
import {each} from '../dom.ts';

/** A table's row: its cells in order, and its text. */
export type GridRow = {cells: Element[]; textContent: string | null};

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** The cells of an ARIA row: its descendants in a cell's role, a few levels down, none inside another cell. */
function ariaCells(row: Element): Element[] {
	const cells: Element[] = [];
	const walk = (el: Element, depth: number) => {
		for (const child of each(el.children, 200)) {
			if (CELL_ROLES.has(child.getAttribute('role') ?? '')) cells.push(child);
			else if (depth < 4) walk(child, depth + 1);
		}
	};
	walk(row, 0);
	return cells;
}

/** The tables under `root` as rows of cells, `table` elements first, then ARIA ones; `max` of each. */
export function gridsIn(root: Element, max = 20): GridRow[][] {
	const grids: GridRow[][] = [...each(root.getElementsByTagName('table'), max)].map(table =>
		[...each(table.rows, 300)].map(row => ({cells: [...each(row.cells)], textContent: row.textContent})));
	for (const table of each(root.querySelectorAll('[role="table"], [role="grid"]'), max)) {
		const rows = [...each(table.querySelectorAll('[role="row"]'), 300)];
		grids.push(rows.map(row => ({cells: ariaCells(row), textContent: row.textContent})));
	}
	return grids;
}
