import "server-only";
// ARCH: the monolith has no gateway — every request is already inside the one server process that checks
// its own session. In the serverless store each data-API route and function sits behind this one wrapper,
// playing the API gateway: trace id, Bearer-token check, scopes, rate limit, error mapping, x-served-by.
import type { TokenScope } from "../../core/access/token-scopes";
import { missingScopes } from "../../core/access/token-scopes";
import { errorSentence } from "../../core/errors/error-text";
import { AppError } from "../../core/errors/app-error";
import { traceIdFor, withLensSpan } from "../../lens/server/with-lens-span";
import { bearerToken, verifyBaasToken, type VerifiedToken } from "../token/verify-baas-token";
import { clientIp } from "../../infra/access/client-ip";
import { errorResponse } from "../../infra/http/error-response";
import { consumeRateLimit } from "./rate-limits";

export type GatewayOptions = {
  /** Shown in `x-served-by`: "data-api", "function:search", "function:purchase", "auth". */
  servedBy: string;
  /** required: no valid token → 401; optional: a valid token is used (per-user limit), a bad one ignored; none: never read. */
  auth: "required" | "optional" | "none";
  scopes?: TokenScope[];
};

export type GatewayContext<P> = {
  traceId: string;
  token: VerifiedToken | null;
  ip: string;
  params: P;
};

type RouteContext<P> = { params: Promise<P> };

export function withGateway<P = unknown>(
  options: GatewayOptions,
  handler: (request: Request, ctx: GatewayContext<P>) => Promise<Response>,
): (request: Request, route?: RouteContext<P>) => Promise<Response> {
  return async (request, route) => {
    // The lens span (a child of Next's request span, which already continued the browser's traceparent)
    // carries the same trace id as x-trace-id, so the lens joins the browser's timing to this hop.
    const component = options.servedBy === "data-api" || options.servedBy === "auth" ? options.servedBy : "gateway";
    return withLensSpan(
      `gateway ${options.servedBy}`,
      { component, mode: "serverless", attributes: { "gateway.served_by": options.servedBy } },
      async (span) => {
        const traceId = traceIdFor(request.headers.get("traceparent"));
        let response: Response;
        try {
          response = await pass(request, route, traceId, options, handler);
        } catch (e) {
          response = errorResponse(e, traceId, request);
        }
        response.headers.set("x-trace-id", traceId);
        response.headers.set("x-served-by", options.servedBy);
        span.setAttribute("http.status_code", response.status);
        return response;
      },
    );
  };
}

async function pass<P>(
  request: Request,
  route: RouteContext<P> | undefined,
  traceId: string,
  options: GatewayOptions,
  handler: (request: Request, ctx: GatewayContext<P>) => Promise<Response>,
): Promise<Response> {
  const ip = clientIp(request.headers);
  let token: VerifiedToken | null = null;
  if (options.auth !== "none") {
    const raw = bearerToken(request);
    if (raw) {
      try {
        token = await verifyBaasToken(raw);
      } catch (e) {
        // A public endpoint treats a stale or bad token as no token (the app may hold an expired one).
        if (options.auth === "required") {
          await consumeRateLimit({ ip }); // failed attempts still count against the caller's IP
          throw e;
        }
      }
    } else if (options.auth === "required") {
      await consumeRateLimit({ ip });
      throw AppError.of("unauthorized", "token.required", {});
    }
  }
  await consumeRateLimit({ userId: token?.userId, ip });
  const missing = missingScopes(token?.scopes ?? [], options.scopes ?? []);
  if (missing.length > 0) {
    const scopes = missing.join(", ");
    throw AppError.of("forbidden", token?.userId === undefined ? "token.userNeeded" : "token.lacksScope", { scopes });
  }
  const params = route ? await route.params : ({} as P);
  return handler(request, { traceId, token, ip, params });
}

/** 405 for every write method on a read-only resource (still through the gateway: trace id, served-by). */
export function methodNotAllowed(servedBy: string, allow: string[] = ["GET"]) {
  return withGateway({ servedBy, auth: "none" }, async (request) =>
    Response.json(
      {
        error: {
          code: "method_not_allowed",
          message: errorSentence(allow.join() === "GET" ? "method.notAllowedReadOnly" : "method.notAllowed", {
            method: request.method,
            allow: allow.join(", "),
          }),
        },
      },
      { status: 405, headers: { Allow: allow.join(", "), "Cache-Control": "no-store" } },
    ),
  );
}
