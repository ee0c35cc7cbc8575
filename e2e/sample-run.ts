// A small recorded run, imported through the instructor's import endpoint, for specs that look at the runs list, a
// replay or the compare page without running a class (which would move the live room other specs watch).
import type { APIRequestContext } from "@playwright/test";
import { LESSONS } from "../classroom/lessons";
import { INSTRUCTOR } from "./fixtures";

export async function importSampleRun(request: APIRequestContext, day = "2026-12-01"): Promise<string> {
  const lesson = LESSONS.find((l) => l.steps.some((s) => s.prediction && s.setup.mode === "serverless"))!;
  const asked = lesson.steps.findIndex((s) => s.prediction && s.setup.mode === "serverless");
  const step = lesson.steps[asked]!;
  const [a, b] = step.prediction!.choices;
  const file = {
    format: "pet-store-twin/class-run",
    version: 1,
    lessonId: lesson.id,
    startedAt: `${day}T09:00:00.000Z`,
    endedAt: `${day}T09:05:00.000Z`,
    events: [
      { t: 0, kind: "step", data: { index: asked, stepId: step.id, setup: step.setup, students: 24 } },
      {
        t: 4_000,
        kind: "tally",
        data: { questionKey: `${lesson.id}/${step.id}`, counts: { [a!.id]: 9, [b!.id]: 3 }, total: 12, students: 24 },
      },
      {
        t: 9_000,
        kind: "tally",
        data: { questionKey: `${lesson.id}/${step.id}`, counts: { [a!.id]: 15, [b!.id]: 7 }, total: 22, students: 24 },
      },
      {
        t: 12_000,
        kind: "evidence",
        data: {
          pool: { instances: 3, busy: 1, limit: 5, calls: 40, cold: 3, warm: 35, throttled: 2 },
          calls: [
            { instance: "search-1", cold: false, status: 200, ms: 41 },
            { instance: null, cold: false, status: 429, ms: 2 },
            { instance: "search-3", cold: true, status: 200, ms: 912 },
          ],
        },
      },
      { t: 20_000, kind: "reveal", data: { revealed: true } },
      { t: 300_000, kind: "end", data: { students: 24, answers: 22 } },
    ],
  };
  const response = await request.post("/api/class/runs", { headers: INSTRUCTOR, data: file });
  if (response.status() !== 201) throw new Error(`import refused: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { publicId: string }).publicId;
}
