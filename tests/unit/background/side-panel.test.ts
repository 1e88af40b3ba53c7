import {describe, expect, it, vi} from 'vitest';
import {hasSidePanel, openSidePanel} from '../../../src/background/side-panel.ts';

describe('side panel', () => {
	it('opens Chrome’s side panel in the tab’s window, or Firefox’s sidebar', async () => {
		const sidePanel = {open: vi.fn(async () => {})};
		await openSidePanel({windowId: 7}, {sidePanel});
		expect(sidePanel.open).toHaveBeenCalledWith({windowId: 7});
		const sidebarAction = {open: vi.fn(async () => {})};
		await openSidePanel({windowId: 7}, {sidebarAction});
		expect(sidebarAction.open).toHaveBeenCalledOnce();
	});

	it('does nothing where the browser has neither (Firefox for Android)', async () => {
		expect(hasSidePanel({})).toBe(false);
		expect(hasSidePanel({sidebarAction: {}})).toBe(true);
		await expect(openSidePanel({windowId: 1}, {})).resolves.toBeUndefined();
	});
});
