// What a teacher may change in the function runtime from the architecture page: the three limits, a reset
// of every instance (so the next call of each function is a cold start), or a return to the env values.
import { z } from "zod";

export const runtimeControlsSchema = z
  .object({
    idleTimeoutMs: z
      .number()
      .int()
      .min(100, "The idle timeout is at least 100 ms.")
      .max(3_600_000, "The idle timeout is at most an hour.")
      .optional(),
    coldStartExtraMs: z
      .number()
      .int()
      .min(0, "The extra cold-start delay cannot be negative.")
      .max(30_000, "The extra cold-start delay is at most 30 s.")
      .optional(),
    maxConcurrency: z.number().int().min(1, "Allow at least one concurrent run.").max(1_000, "At most 1,000 concurrent runs.").optional(),
    resetInstances: z.boolean().optional(),
    restoreDefaults: z.boolean().optional(),
  })
  .strict();

export type RuntimeControls = z.infer<typeof runtimeControlsSchema>;
