// The classroom's JSON inputs, validated at the edge.
import { z } from "zod";
import { CLASS_LIMITS } from "./class-room";
import { errorSentence } from "../../core/errors/error-text";

const id = z.string().regex(/^[a-z0-9-]{1,60}$/, errorSentence("class.unknownId"));

export const classCommandSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("start"), lessonId: id }).strict(),
  z.object({ action: z.literal("restart") }).strict(),
  z.object({ action: z.literal("go"), lessonId: id, step: z.number().int().min(1).max(50) }).strict(),
  z.object({ action: z.literal("next") }).strict(),
  z.object({ action: z.literal("previous") }).strict(),
  z.object({ action: z.literal("reveal"), revealed: z.boolean() }).strict(),
  z.object({ action: z.literal("call-to-run") }).strict(),
  z
    .object({ action: z.literal("remove"), student: z.string().regex(/^[A-Za-z0-9_-]{12}$/, errorSentence("class.unknownStudent")) })
    .strict(),
  z.object({ action: z.literal("clear-roster") }).strict(),
  z.object({ action: z.literal("end") }).strict(),
]);
export type ClassCommand = z.infer<typeof classCommandSchema>;

export const joinClassSchema = z
  .object({
    code: z.string({ error: errorSentence("class.typeCode") }).max(20, errorSentence("class.typeCode")),
    name: z.string().max(CLASS_LIMITS.maxNameLength, `A name of at most ${CLASS_LIMITS.maxNameLength} characters.`).optional(),
  })
  .strict();

export const answerSchema = z
  .object({
    questionKey: z.string().regex(/^[a-z0-9-]{1,60}\/[a-z0-9-]{1,60}$/, errorSentence("class.unknownQuestion")),
    choiceId: id,
  })
  .strict();

/** Putting the store back to its seed wipes what the class made: the body must say so. */
export const resetStoreSchema = z.object({ confirm: z.literal("reset", 'Confirm with { "confirm": "reset" }.') }).strict();
