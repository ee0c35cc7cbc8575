import "server-only";
// Creates a customer account (the role never comes from the form) and signs it in on this browser.
// New accounts are throttled per client IP address (infra/users/registration-throttle.ts): a script on the
// classroom network must not fill the users table.
import { Prisma } from "@prisma/client";
import { AppError, isAppError } from "../../core/errors/app-error";
import { parseInput } from "../../core/errors/parse-input";
import { registerSchema } from "../../core/users/credential-schemas";
import { prisma } from "../../infra/db/prisma-client";
import { hashPassword } from "../../infra/users/password-hash";
import { countRegistration, uncountRegistration } from "../../infra/users/registration-throttle";
import type { FormOutcome } from "../forms/handle-form-post";
import type { SessionContext } from "../session/get-session-context";
import { afterAuthPath } from "./auth-paths";
import { startUserSession } from "./start-user-session";

// Without sending an email (this app sends none) a registration form cannot hide that an address is taken. What it
// can do is make asking cost the same as registering: a taken email counts against the address's registration
// allowance (REGISTRATIONS_PER_IP per 10 minutes) like a new account — before, it cost nothing, so a script could
// test every classmate's address. The sentence names no account either way.
export const EMAIL_TAKEN_MESSAGE = "We could not create an account with that email. If you already have one, log in instead.";

export async function registerUser(form: FormData, session: Pick<SessionContext, "sidHash">, ip: string): Promise<FormOutcome> {
  const input = parseInput(registerSchema, {
    name: form.get("name") ?? "",
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
  });
  await countRegistration(ip); // throws rate_limited while this address must wait
  let userId: number;
  try {
    const taken = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new AppError("conflict", EMAIL_TAKEN_MESSAGE);
    const passwordHash = await hashPassword(input.password);
    const user = await prisma.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "customer" },
      select: { id: true },
    });
    userId = user.id;
  } catch (e) {
    // A taken email keeps its count (asking whether an address has an account costs one registration).
    if (isAppError(e) && e.code === "conflict") throw e;
    // Two registrations racing for one email: the unique index decides, the loser gets the same message.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("conflict", EMAIL_TAKEN_MESSAGE);
    await uncountRegistration(ip); // no account was made, for a reason of ours
    throw e;
  }
  const sid = await startUserSession(userId, session);
  return { redirectTo: afterAuthPath(form.get("next")), setSessionId: sid };
}
