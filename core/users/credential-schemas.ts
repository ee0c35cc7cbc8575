// Account input rules, shared by the monolith's own login and the serverless credentials provider.
import { z } from "zod";
import type { Role } from "./role";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const MIN_PASSWORD_LENGTH = 8;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
  .max(200, "That password is too long (200 characters at most).");

export const registerSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name.").max(80, "That name is too long (80 characters at most)."),
  email: emailSchema,
  password: passwordSchema,
});

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export type { Role };
export type SessionUser = { id: number; email: string; name: string; role: Role };
