// What the instructor may ask of the load generator (POST /api/class/load): which store, how many virtual users,
// for how long, how fast they arrive and which journeys they take. Bounded so a classroom laptop stays usable.
import { z } from "zod";
import { errorSentence } from "../../core/errors/error-text";

export const LOAD_TARGETS = ["monolith", "serverless", "both"] as const;
export type LoadTarget = (typeof LOAD_TARGETS)[number];
export type Architecture = Exclude<LoadTarget, "both">;

export const JOURNEYS = ["browse", "search", "view", "buy"] as const;
export type Journey = (typeof JOURNEYS)[number];

/** Weights, not percentages: { browse: 2, buy: 1 } means two browses for every purchase. */
export const DEFAULT_MIX: Record<Journey, number> = { browse: 35, search: 30, view: 20, buy: 15 };

export const MAX_USERS = 200;

const weight = z.number().min(0, errorSentence("bench.weightNegative")).max(100, errorSentence("bench.weightMax"));

export const loadSettingsSchema = z
  .object({
    target: z.enum(LOAD_TARGETS, { error: errorSentence("bench.target") }),
    users: z
      .number({ error: errorSentence("bench.usersNumber") })
      .int(errorSentence("bench.usersWhole"))
      .min(1, errorSentence("bench.usersMin"))
      .max(MAX_USERS, errorSentence("bench.usersMax", { n: MAX_USERS })),
    seconds: z
      .number({ error: errorSentence("bench.secondsNumber") })
      .int(errorSentence("bench.secondsWhole"))
      .min(5, errorSentence("bench.secondsMin"))
      .max(300, errorSentence("bench.secondsMax")),
    mix: z
      .object({ browse: weight.optional(), search: weight.optional(), view: weight.optional(), buy: weight.optional() })
      .strict()
      .optional(),
    rampUpSeconds: z
      .number()
      .int(errorSentence("bench.rampWhole"))
      .min(0, errorSentence("bench.rampNegative"))
      .max(300, errorSentence("bench.rampMax"))
      .optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.rampUpSeconds ?? 0) >= s.seconds)
      ctx.addIssue({ code: "custom", path: ["rampUpSeconds"], message: errorSentence("bench.rampShorter") });
    if (s.mix && JOURNEYS.every((j) => (s.mix?.[j] ?? DEFAULT_MIX[j]) === 0))
      ctx.addIssue({ code: "custom", path: ["mix"], message: errorSentence("bench.mixEmpty") });
  });

export type LoadSettingsInput = z.infer<typeof loadSettingsSchema>;
export type LoadSettings = { target: LoadTarget; users: number; seconds: number; rampUpSeconds: number; mix: Record<Journey, number> };

/** Fills in the defaults: an even ramp-up over the first fifth of the run, the default mix for unset weights. */
export function normalizeLoadSettings(input: LoadSettingsInput): LoadSettings {
  return {
    target: input.target,
    users: input.users,
    seconds: input.seconds,
    rampUpSeconds: input.rampUpSeconds ?? Math.floor(input.seconds / 5),
    mix: { ...DEFAULT_MIX, ...input.mix },
  };
}

/** When virtual user `index` (0-based) of `users` starts, in ms after the run started: spread evenly over the ramp-up. */
export function userStartOffsetMs(index: number, users: number, rampUpSeconds: number): number {
  if (users <= 1 || rampUpSeconds <= 0) return 0;
  return Math.round((index / (users - 1)) * rampUpSeconds * 1000);
}

/** Which store virtual user `index` shops in: with "both", every other user goes to each side. */
export function userArchitecture(target: LoadTarget, index: number): Architecture {
  return target === "both" ? (index % 2 === 0 ? "monolith" : "serverless") : target;
}
