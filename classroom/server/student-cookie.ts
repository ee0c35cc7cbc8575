import "server-only";
// Students have no accounts: joining gives the browser a random id in an httpOnly cookie, which is what "one
// answer per student" counts. A forged id is useless: answers need an id the class state saw join.
import { randomUUID } from "node:crypto";
import { env } from "../../core/config/env";

export const STUDENT_COOKIE = "pst_student";
const ID_PATTERN = /^[0-9a-f-]{36}$/;

export function newStudentId(): string {
  return randomUUID();
}

export function studentIdFrom(headers: Headers): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === STUDENT_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return ID_PATTERN.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function studentCookieHeader(id: string): string {
  const secure = env().secureCookies ? "; Secure" : "";
  return `${STUDENT_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${60 * 60 * 12}${secure}`;
}
