import { describe, expect, it } from "vitest";
import { loadSettingsSchema, normalizeLoadSettings } from "./load-settings-schema";
import { lessonLoadSettings } from "./lesson-load";
import { findLesson } from "../lessons";

describe("a lesson's load", () => {
  it("replaces the default mix: a journey the lesson does not name is never taken", () => {
    const settings = normalizeLoadSettings(
      loadSettingsSchema.parse(lessonLoadSettings({ target: "serverless", users: 20, seconds: 30, mix: { search: 1 } })),
    );
    expect(settings.mix).toEqual({ browse: 0, search: 1, view: 0, buy: 0 });
  });

  it("keeps the default mix when the lesson names none", () => {
    const settings = normalizeLoadSettings(loadSettingsSchema.parse(lessonLoadSettings({ target: "monolith", users: 5, seconds: 10 })));
    expect(settings.mix.buy).toBeGreaterThan(0);
  });

  it('"Ten at once, a limit of 2" generates search load only', () => {
    const step = findLesson("search-as-a-function")!.steps.find((s) => s.id === "scale-out-and-throttle")!;
    const settings = normalizeLoadSettings(loadSettingsSchema.parse(lessonLoadSettings(step.setup.load!)));
    expect(Object.entries(settings.mix).filter(([, w]) => w > 0)).toEqual([["search", 1]]);
  });
});
