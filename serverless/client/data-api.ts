// Calls to the BaaS data API and the functions, with the short-lived bearer token attached.
// Every failure becomes an ApiError carrying the server's own message (`{ error: { code, message } }`),
// so a view only ever shows a sentence a person understands. Every answer is parsed with its contract schema
// (core/contract/serverless-api.ts): the app never re-declares a response shape.
import type * as z from "zod/mini";
import { getToken, TokenError } from "./baas-token";
import { observedFetch, observeStartedFetch } from "../../lens/client/observed-fetch";
import { takeEarlyRead } from "./early-reads";
import { errorSentence } from "@/core/errors/error-text";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const NETWORK_MESSAGE = errorSentence("client.offline");

function fallbackMessage(status: number): string {
  if (status === 404) return errorSentence("client.notFound");
  if (status === 429) return errorSentence("client.tooManyRequests");
  if (status === 401 || status === 403) return errorSentence("auth.loginNeeded");
  return errorSentence("internal");
}

type CallOptions = { method?: "GET" | "POST"; body?: unknown; scope?: string; signal?: AbortSignal };

async function send(path: string, token: string, options: CallOptions): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    return await observedFetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (e) {
    if (options.signal?.aborted) throw e;
    throw new ApiError(0, "network", NETWORK_MESSAGE);
  }
}

/**
 * One authenticated call. A 401 means the token expired or was revoked between our check and the server's:
 * fetch a new token once and retry once (safe for the purchase function too — it is idempotent by key).
 */
export async function callApi<T extends z.ZodMiniType>(schema: T, path: string, options: CallOptions = {}): Promise<z.infer<T>> {
  let response: Response | null = null;
  try {
    // A catalog read the shell's first script already started (with the token the shell carried): take it.
    const early = (options.method ?? "GET") === "GET" && options.scope === undefined ? takeEarlyRead(path) : undefined;
    if (early) response = await observeStartedFetch(path, early, early.response).catch(() => null);
    if (!response) {
      const token = await getToken({ scope: options.scope });
      response = await send(path, token.token, options);
    }
    if (response.status === 401) {
      const renewed = await getToken({ force: true, scope: options.scope });
      response = await send(path, renewed.token, options);
    }
  } catch (e) {
    if (e instanceof TokenError) throw new ApiError(0, "token_unavailable", e.message);
    throw e;
  }
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
  if (!response.ok) {
    const code = typeof body?.error?.code === "string" ? body.error.code : `http_${response.status}`;
    const message = typeof body?.error?.message === "string" && body.error.message ? body.error.message : fallbackMessage(response.status);
    throw new ApiError(response.status, code, message);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, "bad_response", fallbackMessage(500));
  return parsed.data;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
