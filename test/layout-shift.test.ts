import { expect } from '@open-wc/testing';
import { openFrame } from './helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

// The demo article page embeds four elements the way the README tells hosts to: one script tag,
// plus the `:not(:defined)` snippet. Its cumulative layout shift while they upgrade is measured
// with the page's own PerformanceObserver (buffered, so shifts before the test looked count).
// Only Chromium reports layout shifts (the Layout Instability API), so this measures Chromium
// alone; test/launchers.mjs runs it nowhere else.
describe('layout shift while elements upgrade (Chromium)', () => {
  it('the demo article page shifts less than 0.1 (a "good" CLS)', async () => {
    expect(PerformanceObserver.supportedEntryTypes, 'this engine reports layout shifts').to.include(
      'layout-shift',
    );
    const { frame, win } = await openFrame('/demo/index.html', { width: 1200, height: 900 });
    await win.customElements.whenDefined('iom-faq');
    await new Promise((r) => setTimeout(r, 500));
    const shifts = await new Promise<LayoutShift[]>((resolve) => {
      const observer = new win.PerformanceObserver((list) => {
        observer.disconnect();
        resolve(list.getEntries() as LayoutShift[]);
      });
      observer.observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve([]), 1000);
    });
    const cls = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
    console.log(`Demo page cumulative layout shift: ${cls.toFixed(4)} (${shifts.length} shifts)`);
    expect(cls).to.be.lessThan(0.1);
    frame.remove();
  });
});
