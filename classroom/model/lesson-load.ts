// A lesson's generated load as the load generator's settings. A lesson names the journeys its point needs
// ({ search: 1 } for "scale out, then 429"), so its mix REPLACES the bench's default weights: a journey the lesson
// does not name gets weight 0. (The bench's own form merges a partial mix into the defaults; a lesson must not,
// or purchases and page views dilute the search load that should hit the concurrency limit.)
import { JOURNEYS, type LoadSettingsInput } from "./load-settings-schema";
import type { LoadSetup } from "./lesson-schema";

export function lessonLoadSettings(load: LoadSetup): LoadSettingsInput {
  const { mix, ...rest } = load;
  if (!mix) return rest;
  return { ...rest, mix: Object.fromEntries(JOURNEYS.map((j) => [j, mix[j as keyof typeof mix] ?? 0])) };
}
