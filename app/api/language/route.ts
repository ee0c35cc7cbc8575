// POST /api/language — the "Language" control outside the monolith store (the serverless SPA, /architecture, the
// classroom). With JavaScript it sends JSON {locale} and refreshes in place; without, it is a form post that
// answers 303 back to the same page. Either way only a same-origin browser request is accepted.
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/core/errors/app-error";
import { parseInput } from "@/core/errors/parse-input";
import { LOCALES } from "@/core/i18n/locale";
import { safeReturnPath } from "@/core/navigation/safe-return-path";
import { requireSameOriginForm, requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { jsonRoute } from "@/infra/http/json-route";
import { SMALL_FORM_BYTES, readFormBody, readJsonBody } from "@/infra/http/read-body";
import { LANGUAGE_RETURN_PREFIXES, localeCookie } from "@/infra/i18n/locale-cookie";

const bodySchema = z.object({ locale: z.enum(LOCALES), next: z.string().max(2000).optional() });

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** Too large stays a 413; an unreadable body becomes "no locale" (the schema's 400). */
function rethrowTooLarge(e: unknown): never | null {
  if (e instanceof AppError && e.code === "payload_too_large") throw e;
  return null;
}

// JSON or a form, so the route reads its own body (both through the one capped reader) after its own site check.
export const POST = jsonRoute({}, async ({ request }) => {
  const isJson = /^application\/json/i.test(request.headers.get("content-type") ?? "");
  if (isJson) requireSameOriginJson(request);
  else requireSameOriginForm(request);
  const raw: unknown = isJson
    ? await readJsonBody(request).catch(rethrowTooLarge)
    : Object.fromEntries((await readFormBody(request, { maxBytes: SMALL_FORM_BYTES }).catch(rethrowTooLarge)) ?? new FormData());
  const input = parseInput(bodySchema, raw);
  const cookie = localeCookie(input.locale, isHttps(request));
  const response = isJson
    ? NextResponse.json({ locale: input.locale })
    : new NextResponse(null, { status: 303, headers: { location: safeReturnPath(input.next, "/", LANGUAGE_RETURN_PREFIXES) } });
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
});
