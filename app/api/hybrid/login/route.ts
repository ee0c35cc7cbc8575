// POST /api/hybrid/login — the hybrid's HTML log-in form; the facade picks the auth (303 either way).
import type { NextRequest } from "next/server";
import { clientIp } from "@/infra/access/client-ip";
import { backToForm } from "@/monolith/auth/auth-paths";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { logInHybrid } from "@/hybrid/auth/log-in-hybrid";
import { baasSessionCookieName, baasSessionCookieOptions } from "@/hybrid/auth/baas-session-cookie";

export async function POST(request: NextRequest) {
  let baasCookie: string | undefined;
  const response = await handleFormPost(
    request,
    async (form, session) => {
      const outcome = await logInHybrid(await hybridFacade(), form, session, clientIp(request.headers));
      baasCookie = outcome.baasCookie;
      return outcome;
    },
    (form) => backToForm("/hybrid/login", form, ["next", "email"]),
  );
  if (baasCookie) response.cookies.set(baasSessionCookieName(), baasCookie, baasSessionCookieOptions());
  return response;
}
