// Account input rules, shared by the monolith's own login and the serverless credentials provider.
import { z } from "zod";
import type { Role } from "./role";
import { errorSentence } from "../errors/error-text";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, errorSentence("auth.emailTooLong"))
  .pipe(z.email({ error: errorSentence("auth.emailInvalid") }));

export const MIN_PASSWORD_LENGTH = 8;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, errorSentence("auth.passwordTooShort", { n: MIN_PASSWORD_LENGTH }))
  .max(200, errorSentence("auth.passwordTooLong"));

export const registerSchema = z.object({
  name: z.string().trim().min(1, errorSentence("auth.nameRequired")).max(80, errorSentence("auth.nameTooLong")),
  email: emailSchema,
  password: passwordSchema,
});

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export type { Role };
export type SessionUser = { id: number; email: string; name: string; role: Role };
