// POST /api/monolith/language — the monolith header's "Language" form (works with JavaScript off): the same CSRF
// check as every monolith form, the cookie, and a 303 back to the page it came from.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { parseInput } from "@/core/errors/parse-input";
import { LOCALES } from "@/core/i18n/locale";
import { handleFormPost, safeReturnPath } from "@/monolith/forms/handle-form-post";
import { localeCookie } from "@/infra/i18n/locale-cookie";

const formSchema = z.object({ locale: z.enum(LOCALES) });

export async function POST(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return handleFormPost(
    request,
    async (form) => {
      const { locale } = parseInput(formSchema, { locale: form.get("locale") });
      return { redirectTo: safeReturnPath(form.get("next"), "/monolith"), setCookie: localeCookie(locale, https) };
    },
    (form) => safeReturnPath(form.get("next"), "/monolith"),
  );
}
