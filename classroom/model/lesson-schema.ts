// A lesson is data: an ordered list of steps, each saying what to look at and why, an optional prediction the
// room answers before the step acts, the state the app is put into on entering it (setup), and where to look
// (observe). The schema is the contract between lesson files, the presenter and the step setup, so a lesson
// that names a switch, a mode or a view this app does not have fails its unit test instead of the class.
import { z } from "zod";
import { PROVIDER_COMPONENT_IDS } from "../../core/architecture/provider-map";
import { FAULT_NAMES, type FaultName } from "../../core/faults/fault-catalog";
import { migrationStateSchema } from "../../core/migration/migration-state";

export const MODES = ["monolith", "serverless"] as const;
export type LessonMode = (typeof MODES)[number];

/**
 * The lab bench's failure switches. The lab bench lands on its own branch; when it does, this list becomes the
 * names it exports (one line) and every lesson is checked against them again.
 */
// The lab bench's failure switches are the only ones a lesson may name.
export const KNOWN_FAULTS = FAULT_NAMES;
export type { FaultName };

/**
 * Where a step sends the eye. Each has a fixed route and, on a long page, the panel's own anchor (see
 * observeHref), so "Look here" opens the exact panel it names. `load` (the lab bench's charts) is the instructor's.
 */
export const OBSERVE_VIEWS = [
  "store",
  "architecture",
  "runtime",
  "hybrid-lens",
  "cost",
  "load",
  "compare",
  "admin-pipeline",
  "migration",
] as const;
/** Views only the instructor can open: phones do not show a link they could not follow. */
export const INSTRUCTOR_VIEWS: readonly ObserveView[] = ["load"];
export type ObserveView = (typeof OBSERVE_VIEWS)[number];

/** Journeys the presenter and the phones can run in the page (they need JavaScript). */
export const JOURNEYS = ["search", "anonymous-purchase", "anonymous-orders"] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case words joined by hyphens.")
  .max(60);
const text = (max: number) => z.string().trim().min(1).max(max);
const storePath = z
  .string()
  .regex(/^\/[A-Za-z0-9/_\-?=&%.]*$/, "A path inside the store, starting with /.")
  .max(200)
  .refine((p) => !p.startsWith("//"), "A path inside the store, not another site.");

export const predictionSchema = z
  .object({
    question: text(200),
    choices: z
      .array(z.object({ id: slug, label: text(120) }).strict())
      .min(2)
      .max(5),
    answer: slug,
    explanation: text(600),
  })
  .strict()
  .refine((p) => p.choices.some((c) => c.id === p.answer), "The answer must be one of the choices.")
  .refine((p) => new Set(p.choices.map((c) => c.id)).size === p.choices.length, "Choice ids must differ.");

export const runtimeSetupSchema = z
  .object({
    idleTimeoutMs: z.number().int().min(100).max(3_600_000).optional(),
    coldStartExtraMs: z.number().int().min(0).max(30_000).optional(),
    maxConcurrency: z.number().int().min(1).max(1_000).optional(),
    resetInstances: z.boolean().optional(),
  })
  .strict();

export const faultSetupSchema = z
  .object({
    name: z.enum(KNOWN_FAULTS),
    enabled: z.boolean(),
    params: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
  })
  .strict();

export const loadSetupSchema = z
  .object({
    target: z.enum(MODES),
    users: z.number().int().min(1).max(200),
    seconds: z.number().int().min(5).max(600),
    mix: z
      .object({
        browse: z.number().min(0).max(1).optional(),
        search: z.number().min(0).max(1).optional(),
        buy: z.number().min(0).max(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const journeySchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("search"), label: text(80), query: text(40), times: z.number().int().min(1).max(30), parallel: z.boolean() })
    .strict(),
  z.object({ kind: z.literal("anonymous-purchase"), label: text(80) }).strict(),
  z.object({ kind: z.literal("anonymous-orders"), label: text(80) }).strict(),
]);

export const stepSetupSchema = z
  .object({
    mode: z.enum(MODES).optional(),
    runtime: runtimeSetupSchema.optional(),
    faults: z.array(faultSetupSchema).max(KNOWN_FAULTS.length).optional(),
    load: loadSetupSchema.optional(),
    journey: journeySchema.optional(),
    // The hybrid store's class-wide migration state (all six capabilities, so a step says exactly where the
    // class stands rather than a move relative to whatever came before).
    migration: migrationStateSchema.optional(),
  })
  .strict();

export const observeSchema = z
  .object({
    view: z.enum(OBSERVE_VIEWS),
    mode: z.enum(MODES).optional(),
    path: storePath.optional(),
    caption: text(200),
  })
  .strict()
  .refine((o) => o.view !== "store" || o.mode !== undefined, "A store view names its mode.");

export const stepSchema = z
  .object({
    id: slug,
    title: text(80),
    // Predict → act → explain: `text` is what everyone sees before the vote, so it must not give the answer away;
    // `reveal` is what the reveal adds (with the prediction's explanation). lessons.test.ts checks the split.
    text: text(900),
    reveal: text(900).optional(),
    notes: text(900).optional(),
    prediction: predictionSchema.optional(),
    setup: stepSetupSchema.default({}),
    observe: z.array(observeSchema).max(4).default([]),
    providers: z.array(z.enum(PROVIDER_COMPONENT_IDS)).max(8).optional(),
  })
  .strict()
  .refine((s) => !s.reveal || s.prediction, "Only a step with a prediction has text for after the reveal.");

export const lessonSchema = z
  .object({
    id: slug,
    title: text(80),
    summary: text(300),
    minutes: z.number().int().min(1).max(120),
    steps: z.array(stepSchema).min(2).max(20),
  })
  .strict()
  .refine((l) => new Set(l.steps.map((s) => s.id)).size === l.steps.length, "Step ids must differ within a lesson.");

export type LessonInput = z.input<typeof lessonSchema>;
export type Lesson = z.output<typeof lessonSchema>;
export type LessonStep = z.output<typeof stepSchema>;
export type StepSetup = z.output<typeof stepSetupSchema>;
export type Prediction = z.output<typeof predictionSchema>;
export type Observe = z.output<typeof observeSchema>;
export type Journey = z.output<typeof journeySchema>;
export type LoadSetup = z.output<typeof loadSetupSchema>;
export type FaultSetup = z.output<typeof faultSetupSchema>;

/** Checks a lesson file and fills the defaults; throws with the lesson's id and the first problem. */
export function defineLesson(input: LessonInput): Lesson {
  const parsed = lessonSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Lesson "${input.id}": ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** The route each observed view lives at. */
export function observeHref(o: Observe): string {
  switch (o.view) {
    case "store":
      return `/${o.mode}${o.path ?? ""}`;
    case "architecture":
      return "/architecture#live-heading";
    case "runtime":
      return "/architecture#runtime-heading";
    case "hybrid-lens":
      return "/architecture#hybrid-heading";
    case "cost":
      return "/architecture#cost-heading";
    case "load":
      return "/class/bench#charts-heading";
    case "compare":
      return "/architecture/compare";
    case "admin-pipeline":
      return `/${o.mode ?? "serverless"}/admin`;
    case "migration":
      return "/hybrid/migration";
  }
}
