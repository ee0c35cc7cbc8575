// POST /api/hybrid/logout — log out of whichever auth the facade routes to, then 303 to the hybrid home.
import type { NextRequest } from "next/server";
import { handleFormPost } from "@/monolith/forms/handle-form-post";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { logOutHybrid } from "@/hybrid/auth/log-out-hybrid";
import { baasSessionCookieName, baasSessionCookieOptions } from "@/hybrid/auth/baas-session-cookie";

export async function POST(request: NextRequest) {
  let clearBaas = false;
  const response = await handleFormPost(
    request,
    async (form, session) => {
      const outcome = await logOutHybrid(await hybridFacade(), form, session);
      clearBaas = outcome.clearBaas;
      return outcome;
    },
    () => "/hybrid",
  );
  if (clearBaas) response.cookies.set(baasSessionCookieName(), "", { ...baasSessionCookieOptions(), maxAge: 0 });
  return response;
}
