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
  // Browsers run one after another (concurrentBrowsers: 1), so each one's time runs from the
  // previous one's last result (or the start) to its own last result.
  let runStarted = Date.now();
  const lastResult = new Map();
  return {
    onTestRunStarted() {
      runStarted = Date.now();
      lastResult.clear();
    },
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) lastResult.set(session.browser.name, Date.now());
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
      let previous = runStarted;
      const order = [...byBrowser.keys()].sort((a, b) => (lastResult.get(a) ?? 0) - (lastResult.get(b) ?? 0));
      for (const name of order) {
        const totals = byBrowser.get(name);
        const end = lastResult.get(name) ?? previous;
        const errors = totals.errors ? `, ${totals.errors} test files with errors` : '';
        console.log(
          `${name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${errors}, ${((end - previous) / 1000).toFixed(1)} s`,
        );
        previous = end;
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      console.log(`${all.passed} passed, ${all.failed + all.errors} failed, ${all.skipped} skipped`);
    },
  };
}
