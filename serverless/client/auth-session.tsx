"use client";
// The SPA's side of the auth service: who is signed in, sign in, sign out, which providers exist — over the
// auth service's own REST endpoints (/api/auth/session, /csrf, /providers, /callback/<provider>,
// /signin/<provider>, /signout). next-auth stays the auth service on the server; this replaces only its browser
// helper `next-auth/react`, which ships ~36 kB (gzip) of Babel runtime and options the store never uses, for
// the same few calls. Same shapes as next-auth's helpers (`useSession()` → { data, status }, `signIn` →
// { ok, error, status, url }), and the same cross-tab message (localStorage "nextauth.message"), so a sign-out
// in another tab still reaches this one.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { Session } from "next-auth";

export type SessionStatus = "loading" | "authenticated" | "unauthenticated";
export type SessionState = { data: Session | null; status: SessionStatus };
export type SignInResult = { ok: boolean; error: string | null; status: number; url: string | null };
type Provider = { id: string; name: string; type: string; signinUrl: string; callbackUrl: string };

const BASE = "/api/auth";
const MESSAGE_KEY = "nextauth.message";

const SessionContext = createContext<SessionState | null>(null);

/** The provider's way to re-read the session after a sign-in or sign-out here (null: no provider mounted). */
let refresh: (() => Promise<void>) | null = null;

async function getJson<T>(path: string): Promise<T | null> {
  const response = await fetch(`${BASE}/${path}`, { headers: { Accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as T | null;
  if (!response.ok) throw new Error(`auth ${path}: ${response.status}`);
  // The session endpoint answers `{}` when nobody is signed in.
  return body && typeof body === "object" && Object.keys(body).length > 0 ? body : null;
}

async function csrfToken(): Promise<string> {
  const body = await getJson<{ csrfToken?: string }>("csrf");
  return body?.csrfToken ?? "";
}

async function post(path: string, fields: Record<string, string>): Promise<{ response: Response; url: string | null }> {
  const response = await fetch(`${BASE}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  const body = (await response.json().catch(() => null)) as { url?: unknown } | null;
  return { response, url: typeof body?.url === "string" ? body.url : null };
}

/** Tells the other tabs that the session changed; they re-read it (the browser fires `storage` only elsewhere). */
function broadcast(trigger: string): void {
  try {
    localStorage.setItem(MESSAGE_KEY, JSON.stringify({ event: "session", data: { trigger }, timestamp: Math.floor(Date.now() / 1000) }));
  } catch {
    // Storage disabled: other tabs catch up when they are next focused.
  }
}

export function getProviders(): Promise<Record<string, Provider> | null> {
  return getJson<Record<string, Provider>>("providers");
}

/**
 * Credentials with `redirect: false` answer here with the outcome (a rejected password: `error` "CredentialsSignin");
 * an OAuth provider (GitHub) leaves for the provider's page, as next-auth's helper does.
 */
export async function signIn(
  provider: string,
  options: { callbackUrl?: string; redirect?: boolean } & Record<string, string | boolean | undefined> = {},
): Promise<SignInResult | undefined> {
  const { callbackUrl = window.location.href, redirect = true, ...credentials } = options;
  const providers = await getProviders();
  const chosen = providers?.[provider];
  if (!chosen) {
    // The auth service's own sign-in page (an API route, not a page of this app): a full load, as next-auth does.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.href = `${BASE}/signin?${new URLSearchParams({ callbackUrl })}`;
    return undefined;
  }
  const isCredentials = chosen.type === "credentials";
  const fields: Record<string, string> = { callbackUrl };
  for (const [key, value] of Object.entries(credentials)) if (typeof value === "string") fields[key] = value;
  const { response, url } = await post(`${isCredentials ? "callback" : "signin"}/${provider}`, fields);
  if (redirect || !isCredentials) {
    window.location.href = url ?? callbackUrl;
    return undefined;
  }
  const error = url ? new URL(url, window.location.href).searchParams.get("error") : null;
  if (response.ok) {
    broadcast("signin");
    await refresh?.();
  }
  return { ok: response.ok, error, status: response.status, url: error ? null : url };
}

/** Ends the auth service's session; with `redirect: false` the page stays and the session reads as signed out. */
export async function signOut(options: { callbackUrl?: string; redirect?: boolean } = {}): Promise<void> {
  const { callbackUrl = window.location.href, redirect = true } = options;
  const { url } = await post("signout", { callbackUrl });
  broadcast("signout");
  if (redirect) {
    window.location.href = url ?? callbackUrl;
    return;
  }
  await refresh?.();
}

/** Reads the session once on mount, again when the tab becomes visible and when another tab signs in or out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ data: null, status: "loading" });

  useEffect(() => {
    let live = true;
    let latest = 0;
    async function read(): Promise<void> {
      const ticket = ++latest;
      try {
        const session = await getJson<Session>("session");
        // An older answer must not overwrite a newer one (a sign-out racing a focus refetch).
        if (live && ticket === latest) setState({ data: session, status: session ? "authenticated" : "unauthenticated" });
      } catch {
        // The auth service did not answer: keep what we knew, but stop "loading" so the views can act.
        if (live && ticket === latest) setState((s) => (s.status === "loading" ? { data: null, status: "unauthenticated" } : s));
      }
    }
    refresh = read;
    void read();
    const onVisible = () => {
      if (document.visibilityState === "visible") void read();
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === MESSAGE_KEY) void read();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("storage", onStorage);
    return () => {
      live = false;
      if (refresh === read) refresh = null;
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("storage", onStorage);
    };
  }, []);

  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionProvider>");
  return value;
}
