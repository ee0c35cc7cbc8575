// POST /api/monolith/login — the plain HTML login form posts here; answers with a 303 redirect.
import type { NextRequest } from "next/server";
import { clientIp } from "@/infra/access/client-ip";
import { loginFormPath } from "@/monolith/auth/auth-paths";
import { logInUser } from "@/monolith/auth/log-in-user";
import { handleFormPost } from "@/monolith/forms/handle-form-post";

export async function POST(request: NextRequest) {
  return handleFormPost(request, (form, session) => logInUser(form, session, clientIp(request.headers)), loginFormPath);
}
