import "server-only";
// THE wrapper of every JSON route under app/api that is not behind the serverless gateway (decision 036). One
// order for every route, the cheap checks before a byte of the body is read: who (the instructor key: 401/403),
// same site (a state change: JSON from this site only, or the Fetch Metadata / Origin half for a body-less
// DELETE or a form), the route's throttle (429), the query and the body (read with a cap, parsed with zod: 400 /
// 413), then the one operation. Whatever it throws becomes the one error shape (error-response.ts) in the
// caller's language; an answer without its own Cache-Control is never cached.
// ARCH: the serverless store's routes use serverless/gateway/with-gateway.ts instead (token, scopes, trace id),
// which maps errors through the same errorResponse; HTML forms use monolith/forms/handle-form-post.ts (303s).
import type { $ZodType, output } from "zod/v4/core";
import { parseInput } from "../../core/errors/parse-input";
import { requireInstructor } from "../access/instructor-access";
import { requireSameOrigin, requireSameOriginJson } from "../access/require-same-origin-json";
import { errorResponse } from "./error-response";
import { readJsonBody, type JsonBodyOptions } from "./read-body";

type Parsed<S> = S extends $ZodType ? output<S> : undefined;

export type JsonRouteOptions<B extends $ZodType | undefined, Q extends $ZodType | undefined> = {
  /** "instructor": only with the instructor key (cookie or x-class-key), checked first. Default: anyone. */
  who?: "anyone" | "instructor";
  /** A state change: "json" (Content-Type JSON + same site, the default with `body`) or "origin" (same site only). */
  sameOrigin?: "json" | "origin" | "none";
  /** The route's throttle, spent after the checks above and before the body is read (throws AppError 429). */
  limit?: (request: Request) => Promise<void>;
  /** The query string as an object of its parameters, parsed with this schema (400 with its sentence). */
  query?: Q;
  /** The JSON body: read with a cap (default SMALL_JSON_BYTES) and parsed with `schema` when given. */
  body?: JsonBodyOptions<B> | true;
};

export type JsonRouteContext<B, Q, P> = {
  request: Request;
  params: P;
  query: Parsed<Q>;
  /** The parsed body (`unknown` when the route reads one without a schema; undefined when it reads none). */
  body: B extends $ZodType ? output<B> : unknown;
};

type RouteContext<P> = { params: Promise<P> };

/** `jsonRoute({ who, body: { schema } }, ({ body }) => operation(body))`: the operation answers a Response or a JSON value (200). */
export function jsonRoute<
  B extends $ZodType | undefined = undefined,
  Q extends $ZodType | undefined = undefined,
  P = Record<string, string>,
>(
  options: JsonRouteOptions<B, Q>,
  handler: (ctx: JsonRouteContext<B, Q, P>) => Promise<Response | object> | Response | object,
): (request: Request, route?: RouteContext<P>) => Promise<Response> {
  return async (request, route) => {
    let response: Response;
    try {
      if (options.who === "instructor") requireInstructor(request.headers);
      const sameOrigin = options.sameOrigin ?? (options.body ? "json" : "none");
      if (sameOrigin === "json") requireSameOriginJson(request);
      else if (sameOrigin === "origin") requireSameOrigin(request);
      await options.limit?.(request);
      const query = (
        options.query ? parseInput(options.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined
      ) as Parsed<Q>;
      const body = (options.body ? await readJsonBody(request, options.body === true ? {} : options.body) : undefined) as JsonRouteContext<
        B,
        Q,
        P
      >["body"];
      const params = route ? await route.params : ({} as P);
      const answer = await handler({ request, params, query, body });
      response = answer instanceof Response ? answer : Response.json(answer);
    } catch (e) {
      response = errorResponse(e, undefined, request);
    }
    if (!response.headers.has("cache-control")) response.headers.set("Cache-Control", "no-store");
    return response;
  };
}
