// A Web Test Runner reporter that ends the run with plain lines: the tests passed, failed and
// skipped in each browser with the time each took, then one `N passed, N failed` line for all.

/** Counts the tests of one session's result tree. */
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function engineCountsReporter() {
  // Each browser's time: from the first news of its test files to its last one finishing.
  const first = new Map();
  const last = new Map();
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        const name = session.browser.name;
        if (!first.has(name)) first.set(name, Date.now());
        if (session.status === 'FINISHED') last.set(name, Date.now());
      });
    },
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const all = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessions) {
        const name = session.browser.name;
        const totals = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0, errors: 0 };
        count(session.testResults, totals);
        // A file that failed to load, or threw outside any test, has failed too.
        if (!session.passed && session.errors?.length) totals.errors += 1;
        byBrowser.set(name, totals);
      }
      console.log('');
      for (const [name, totals] of byBrowser) {
        const errors = totals.errors ? `, ${totals.errors} test files with errors` : '';
        const seconds = ((last.get(name) - first.get(name)) / 1000).toFixed(1);
        console.log(
          `${name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${errors}, ${seconds} s`,
        );
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      console.log(`${all.passed} passed, ${all.failed + all.errors} failed, ${all.skipped} skipped`);
    },
  };
}
