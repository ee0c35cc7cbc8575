// Vitest reporter: each test's duration and limit, and each beforeAll/afterAll hook's (the after-build tests
// start servers there) → data/test-durations/<runner>.json, for `npm run test:slowest`.
import path from "node:path";
import type { ReportedHookContext, Reporter, TestModule, Vitest } from "vitest/node";
import { writeDurations, type TimedTest } from "../../scripts/lib/test-durations";

export default class DurationsReporter implements Reporter {
  private root = process.cwd();
  private hookTimeout = 0;
  // Hook events reach the reporter as they happen (Vitest batches them every 0.1 s: a short hook reads as about 0), so a
  // hook is timed here; only long ones matter for the report.
  private hookStarts = new Map<string, number>();
  private hooks: TimedTest[] = [];

  private readonly runner: string;

  /** `runner` names the file written and the report's column: "unit", "after-build". */
  constructor(options: { runner: string }) {
    this.runner = options.runner;
  }

  onInit(vitest: Vitest) {
    this.root = vitest.config.root;
    this.hookTimeout = vitest.config.hookTimeout;
  }

  onHookStart(hook: ReportedHookContext) {
    if (hook.name === "beforeAll" || hook.name === "afterAll") this.hookStarts.set(`${hook.entity.id} ${hook.name}`, performance.now());
  }

  onHookEnd(hook: ReportedHookContext) {
    if (hook.name !== "beforeAll" && hook.name !== "afterAll") return;
    const started = this.hookStarts.get(`${hook.entity.id} ${hook.name}`);
    if (started === undefined) return;
    const where =
      hook.entity.type === "module"
        ? this.file(hook.entity.moduleId)
        : `${this.file(hook.entity.module.moduleId)} › ${hook.entity.fullName}`;
    this.hooks.push({
      suite: this.runner,
      name: `${where} › ${hook.name}`,
      durationMs: performance.now() - started,
      limitMs: this.hookTimeout,
      status: "passed",
    });
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const tests: TimedTest[] = modules.flatMap((module) =>
      [...module.children.allTests()].flatMap((test) => {
        const diagnostic = test.diagnostic();
        const state = test.result().state;
        if (!diagnostic || state === "skipped" || state === "pending") return [];
        return [
          {
            suite: this.runner,
            name: `${this.file(module.moduleId)} › ${test.fullName}`,
            durationMs: diagnostic.duration,
            limitMs: test.options.timeout ?? 0,
            status: state,
          },
        ];
      }),
    );
    writeDurations(this.runner, [...tests, ...this.hooks]);
  }

  private file(moduleId: string) {
    return path.relative(this.root, moduleId);
  }
}
