// Every lesson file is checked against the schema (it throws on load otherwise) and against what this app
// really has: failure switches the lab bench knows, the two modes, the views with routes, real store paths.
import { describe, expect, it } from "vitest";
import { KNOWN_FAULTS, MODES, OBSERVE_VIEWS, defineLesson, lessonSchema, observeHref } from "../model/lesson-schema";
import { PROVIDER_COMPONENT_IDS } from "../../core/architecture/provider-map";
import { CAPABILITIES, SIDES, migrationStateSchema } from "../../core/migration/migration-state";
import { recommendedStates } from "../../core/migration/recommended-path";
import { answerLeaks } from "../model/before-the-vote";
import { LESSONS, findLesson, lessonsFor } from "./";

const STORE_ROUTES = [
  /^\/$/,
  /^\/category\/[a-z-]+$/,
  /^\/pets\/\d+$/,
  /^\/search\?q=\w+$/,
  /^\/(cart|checkout|orders|login|register|admin)$/,
];

describe("lessons", () => {
  it("are the eight lessons in teaching order, with unique ids", () => {
    expect(LESSONS.map((l) => l.title)).toEqual([
      "Where does the code run?",
      "Who do you trust?",
      "Search as a function",
      "Functions glue services",
      "The consumer that never sleeps",
      "Orchestration",
      "Pay per call or per hour?",
      "Strangle the monolith",
    ]);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(findLesson("search-as-a-function")?.steps[0]?.id).toBe("cold-start");
  });

  for (const lesson of LESSONS) {
    describe(lesson.title, () => {
      it("passes the schema as written", () => {
        expect(lessonSchema.safeParse(lesson).success).toBe(true);
      });

      it("names only real switches, modes, views, store pages and provider components", () => {
        for (const step of lesson.steps) {
          for (const f of step.setup.faults ?? []) expect(KNOWN_FAULTS).toContain(f.name);
          if (step.setup.mode) expect(MODES).toContain(step.setup.mode);
          if (step.setup.load) expect(MODES).toContain(step.setup.load.target);
          for (const o of step.observe) {
            expect(OBSERVE_VIEWS).toContain(o.view);
            if (o.mode) expect(MODES).toContain(o.mode);
            if (o.path)
              expect(
                STORE_ROUTES.some((r) => r.test(o.path!)),
                `${step.id}: ${o.path}`,
              ).toBe(true);
            expect(observeHref(o)).toMatch(/^\/(monolith|serverless|architecture|hybrid|class\/bench)/);
          }
          for (const p of step.providers ?? []) expect(PROVIDER_COMPONENT_IDS).toContain(p);
          if (step.setup.migration) {
            expect(migrationStateSchema.safeParse(step.setup.migration).success, step.id).toBe(true);
            expect(Object.keys(step.setup.migration).sort()).toEqual([...CAPABILITIES].sort());
            for (const c of CAPABILITIES) expect(SIDES).toContain(step.setup.migration[c]);
          }
        }
      });

      it("reads as plain text: every step says what to look at, and every prediction explains itself", () => {
        for (const step of lesson.steps) {
          expect(step.text.length).toBeGreaterThan(60);
          if (step.prediction) expect(step.prediction.explanation.length).toBeGreaterThan(30);
        }
      });
    });
  }

  // Predict → act → explain: phones and the audience screen show a step's before-the-vote words while the room
  // votes, so none of them may name the answer (in either language).
  for (const locale of ["en", "zh-CN"] as const)
    it(`keeps every answer back until the reveal (${locale})`, () => {
      const leaks = lessonsFor(locale).flatMap((lesson) =>
        lesson.steps.flatMap((step) => answerLeaks(step).map((leak) => `${lesson.id}/${step.id}: ${leak}`)),
      );
      expect(leaks).toEqual([]);
    });

  it("finds an answer named before the vote, by its label or its head, as a whole word", () => {
    const step = (text: string) =>
      defineLesson({
        id: "x",
        title: "X",
        summary: "s",
        minutes: 5,
        steps: [
          {
            id: "a",
            title: "A",
            text,
            prediction: {
              question: "Next call?",
              choices: [
                { id: "cold", label: "Cold: a new instance" },
                { id: "warm", label: "Warm" },
              ],
              answer: "cold",
              explanation: "e",
            },
          },
          { id: "b", title: "B", text: "t" },
        ],
      }).steps[0]!;
    expect(answerLeaks(step("You pay the cold start again."))).toHaveLength(1);
    expect(answerLeaks(step("Watch: a new instance starts."))).toEqual([]);
    expect(answerLeaks(step("Search again, then look."))).toEqual([]);
    expect(answerLeaks(step("A coldish room"))).toEqual([]);
  });

  it('"Strangle the monolith" moves the class along the recommended path, one capability per step', () => {
    const lesson = findLesson("strangle-the-monolith")!;
    expect(lesson.steps.map((s) => s.setup.migration)).toEqual(recommendedStates());
  });

  it("refuses a lesson that names an unknown switch, mode or view", () => {
    const base = {
      id: "x",
      title: "X",
      summary: "s",
      minutes: 5,
      steps: [
        { id: "a", title: "A", text: "t" },
        { id: "b", title: "B", text: "t" },
      ],
    };
    expect(() => defineLesson(base)).not.toThrow();
    const withStep = (step: object) => ({ ...base, steps: [{ id: "a", title: "A", text: "t", ...step }, base.steps[1]!] });
    expect(() => defineLesson(withStep({ setup: { faults: [{ name: "meteor-strike", enabled: true }] } }) as never)).toThrow(/faults/);
    expect(() => defineLesson(withStep({ setup: { mode: "mainframe" } }) as never)).toThrow(/mode/);
    const allMonolith = Object.fromEntries(CAPABILITIES.map((c) => [c, "monolith"]));
    expect(() => defineLesson(withStep({ setup: { migration: allMonolith } }) as never)).not.toThrow();
    expect(() => defineLesson(withStep({ setup: { migration: { ...allMonolith, search: "mainframe" } } }) as never)).toThrow(/migration/);
    expect(() => defineLesson(withStep({ setup: { migration: { search: "serverless" } } }) as never)).toThrow(/migration/);
    expect(() => defineLesson(withStep({ observe: [{ view: "crystal-ball", caption: "c" }] }) as never)).toThrow(/view/);
    expect(() => defineLesson(withStep({ observe: [{ view: "store", caption: "c" }] }))).toThrow(/names its mode/);
    expect(() =>
      defineLesson(
        withStep({
          prediction: {
            question: "q",
            choices: [
              { id: "a", label: "A" },
              { id: "b", label: "B" },
            ],
            answer: "c",
            explanation: "e",
          },
        }),
      ),
    ).toThrow(/one of the choices/);
    expect(() =>
      defineLesson(withStep({ observe: [{ view: "store", mode: "monolith", path: "//evil.example", caption: "c" }] })),
    ).toThrow();
  });
});
