import "server-only";
// Bridge: server-rendered pages calling a serverless part (data API, search or purchase function) through the
// gateway. The call goes through the very wrapper the browser's calls pass (token check, scopes, rate limit, the
// function runtime with its cold starts), in this process: on a real deployment it would be an HTTPS call to the
// gateway's address. The visitor's address is passed on, so the gateway's per-client rate limit still applies.
import type * as z from "zod/mini";
import { AppError, type AppErrorCode } from "../../core/errors/app-error";
import { errorTextOfWords } from "../../core/errors/error-text";
import { errorResponseSchema } from "../../core/contract/serverless-api";
import { clientIp } from "../../infra/access/client-ip";
import { currentTraceparent } from "../../lens/server/with-lens-span";
import { withGateway, type GatewayContext, type GatewayOptions } from "../../serverless/gateway/with-gateway";

type Handler<P> = (request: Request, ctx: GatewayContext<P>) => Promise<Response>;

export async function callThroughGateway<T extends z.ZodMiniType, P = unknown>(
  schema: T,
  options: GatewayOptions,
  handler: Handler<P>,
  call: { path: string; visitor: Headers; token?: string; method?: "GET" | "POST"; body?: unknown; params?: P },
): Promise<z.output<T>> {
  const headers = new Headers({ "x-forwarded-for": clientIp(call.visitor) });
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  if (call.body !== undefined) headers.set("content-type", "application/json");
  const traceparent = currentTraceparent();
  if (traceparent) headers.set("traceparent", traceparent);
  const request = new Request(new URL(call.path, "http://gateway.internal"), {
    method: call.method ?? "GET",
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const route = call.params === undefined ? undefined : { params: Promise.resolve(call.params) };
  const response = await withGateway(options, handler)(request, route);
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = errorResponseSchema.safeParse(json);
    // The gateway worded it in English (this request names no language): back to its id, worded again for the visitor.
    if (!error.success) throw AppError.of("internal", "hybrid.noAnswer");
    const code = error.data.error.code as AppErrorCode;
    throw new AppError(code, errorTextOfWords(error.data.error.message, code));
  }
  return schema.parse(json);
}
