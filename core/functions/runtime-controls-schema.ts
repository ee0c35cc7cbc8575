// What a teacher may change in the function runtime from the architecture page: the three limits, a reset
// of every instance (so the next call of each function is a cold start), or a return to the env values.
import { z } from "zod";
import { errorSentence } from "../errors/error-text";

export const runtimeControlsSchema = z
  .object({
    idleTimeoutMs: z.number().int().min(100, errorSentence("bench.idleMin")).max(3_600_000, errorSentence("bench.idleMax")).optional(),
    coldStartExtraMs: z
      .number()
      .int()
      .min(0, errorSentence("bench.coldStartNegative"))
      .max(30_000, errorSentence("bench.coldStartMax30s"))
      .optional(),
    maxConcurrency: z.number().int().min(1, errorSentence("bench.limitMin")).max(1_000, errorSentence("bench.concurrencyMax")).optional(),
    resetInstances: z.boolean().optional(),
    restoreDefaults: z.boolean().optional(),
  })
  .strict();

export type RuntimeControls = z.infer<typeof runtimeControlsSchema>;
