// POST /api/monolith/register — the plain HTML registration form posts here; answers with a 303 redirect.
import type { NextRequest } from "next/server";
import { clientIp } from "@/infra/access/client-ip";
import { registerFormPath } from "@/monolith/auth/auth-paths";
import { registerUser } from "@/monolith/auth/register-user";
import { handleFormPost } from "@/monolith/forms/handle-form-post";

export async function POST(request: NextRequest) {
  return handleFormPost(request, (form, session) => registerUser(form, session, clientIp(request.headers)), registerFormPath);
}
