// Playwright reporter: each test's last attempt with its time limit (test.slow() included: Playwright reports
// the limit the test ended with) → data/test-durations/e2e.json, for `npm run test:slowest`.
import path from "node:path";
import type { Reporter, Suite } from "@playwright/test/reporter";
import { writeDurations, type TimedTest } from "../../scripts/lib/test-durations";

export default class DurationsReporter implements Reporter {
  private root: Suite | undefined;

  onBegin(_config: unknown, suite: Suite) {
    this.root = suite;
  }

  onEnd() {
    const tests: TimedTest[] = (this.root?.allTests() ?? []).flatMap((test) => {
      const result = test.results.at(-1);
      if (!result || result.status === "skipped") return [];
      const file = path.basename(test.location.file);
      const titles = test.titlePath().slice(3); // "", project, file, then describe blocks and the title
      return [
        {
          suite: `e2e ${test.parent.project()?.name ?? ""}`.trim(),
          name: `${file}:${test.location.line} › ${titles.join(" › ")}`,
          durationMs: result.duration,
          limitMs: test.timeout,
          status: result.status,
        },
      ];
    });
    writeDurations("e2e", tests);
  }

  printsToStdio() {
    return false;
  }
}
