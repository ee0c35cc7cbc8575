// POST /api/monolith/logout — the header's "Log out" form posts here; answers with a 303 redirect.
import type { NextRequest } from "next/server";
import { logOutUser } from "@/monolith/auth/log-out-user";
import { handleFormPost } from "@/monolith/forms/handle-form-post";

export async function POST(request: NextRequest) {
  return handleFormPost(request, logOutUser, () => "/monolith");
}
