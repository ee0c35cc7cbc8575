// The classroom's JSON inputs, validated at the edge.
import { z } from "zod";
import { CLASS_LIMITS } from "./class-room";

const id = z.string().regex(/^[a-z0-9-]{1,60}$/, "Not a known id.");

export const classCommandSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("go"), lessonId: id, step: z.number().int().min(1).max(50) }).strict(),
  z.object({ action: z.literal("next") }).strict(),
  z.object({ action: z.literal("previous") }).strict(),
  z.object({ action: z.literal("reveal"), revealed: z.boolean() }).strict(),
  z.object({ action: z.literal("end") }).strict(),
]);
export type ClassCommand = z.infer<typeof classCommandSchema>;

export const joinClassSchema = z
  .object({ name: z.string().max(CLASS_LIMITS.maxNameLength, `A name of at most ${CLASS_LIMITS.maxNameLength} characters.`).optional() })
  .strict();

export const answerSchema = z
  .object({
    questionKey: z.string().regex(/^[a-z0-9-]{1,60}\/[a-z0-9-]{1,60}$/, "Not a known question."),
    choiceId: id,
  })
  .strict();
