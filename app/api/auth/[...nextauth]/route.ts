// ARCH: BaaS auth — next-auth's own endpoints (sign-in, callback, session, CSRF, sign-out); no login code of ours.
import NextAuth from "next-auth";
import { authOptions } from "@/serverless/auth/auth-options";

const handler = NextAuth(authOptions());

export { handler as GET, handler as POST };
