// ARCH: BaaS auth — next-auth's own endpoints (sign-in, callback, session, CSRF, sign-out); no login code of ours.
// The credentials check inside it is the shared one (with its throttle); a throttled sign-in answers 429.
import NextAuth from "next-auth";
import { authOptions } from "@/serverless/auth/auth-options";
import { throttledSignInAs429 } from "@/serverless/auth/too-many-attempts";

const handler = NextAuth(authOptions());

type Context = { params: Promise<{ nextauth: string[] }> };

export function GET(request: Request, context: Context) {
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  return throttledSignInAs429(await handler(request, context));
}
