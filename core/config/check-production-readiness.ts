// The rules behind `npm run doctor`: given the environment, say for each setting whether it is set, missing
// or unsafe for where the app runs, in one plain sentence. Pure (the caller passes the variables in), so the
// rules are tested over cases and the script only prints. "Shared" means a database other people reach (any
// DATABASE_URL that is not a `file:` path): from then on the development defaults are no longer acceptable.

import { MIN_ADMIN_PASSWORD_LENGTH, isPublishedPassword, isPublishedSecret } from "../security/published-values";

export type SettingStatus = "set" | "missing" | "unsafe";
export type SettingCheck = { name: string; status: SettingStatus; message: string };
export type ReadinessReport = { shared: boolean; onVercel: boolean; checks: SettingCheck[]; ok: boolean };

export const MIN_SECRET_LENGTH = 32;

type Source = Record<string, string | undefined>;

const has = (v: string | undefined): v is string => typeof v === "string" && v.trim().length > 0;
const isHttps = (v: string) => /^https:\/\//i.test(v);

function check(name: string, status: SettingStatus, message: string): SettingCheck {
  return { name, status, message };
}

function secretCheck(env: Source, name: string, shared: boolean, purpose: string): SettingCheck {
  const value = env[name];
  if (has(value)) {
    if (isPublishedSecret(value)) {
      return check(
        name,
        "unsafe",
        `${name} is the development secret once published in this project's source: anyone can sign with it. Generate your own (openssl rand -base64 32).`,
      );
    }
    if (value.length < MIN_SECRET_LENGTH) {
      return check(
        name,
        "unsafe",
        `${name} is only ${value.length} characters; use ${MIN_SECRET_LENGTH} or more random ones (openssl rand -base64 32).`,
      );
    }
    return check(name, "set", `${name} is set (${value.length} characters); it ${purpose}.`);
  }
  if (shared)
    return check(
      name,
      "unsafe",
      `${name} is not set, and a shared database needs it (the app refuses to start without it): it ${purpose}.`,
    );
  return check(
    name,
    "missing",
    `${name} is not set; one is generated into secrets.json in the data folder on first start, which is fine for one machine.`,
  );
}

export function checkProductionReadiness(env: Source): ReadinessReport {
  const url = env.DATABASE_URL;
  const shared = has(url) && !url.startsWith("file:");
  const onVercel = has(env.VERCEL);
  const checks: SettingCheck[] = [];

  // Where the app runs.
  checks.push(
    onVercel
      ? check(
          "VERCEL",
          "set",
          `Running on Vercel (${env.VERCEL_ENV ?? "unknown"} environment): every request may land on a fresh instance.`,
        )
      : check("VERCEL", "missing", "Not running on Vercel: one long-lived server process on this machine."),
  );

  // The database.
  if (!has(url)) {
    checks.push(
      onVercel
        ? check(
            "DATABASE_URL",
            "unsafe",
            "DATABASE_URL is not set, so each Vercel instance would write to its own throwaway SQLite file; point it at a shared libSQL database.",
          )
        : check(
            "DATABASE_URL",
            "missing",
            "DATABASE_URL is not set: the embedded SQLite file under the data folder is used (demo accounts included).",
          ),
    );
  } else if (!shared) {
    checks.push(
      onVercel
        ? check(
            "DATABASE_URL",
            "unsafe",
            "DATABASE_URL is a local file, which does not survive between Vercel instances; use a shared libSQL database.",
          )
        : check("DATABASE_URL", "set", "DATABASE_URL is a local file: an embedded database on this machine only."),
    );
  } else {
    checks.push(
      check("DATABASE_URL", "set", `DATABASE_URL points at a shared database (${url.split(":")[0]}:); the production rules below apply.`),
    );
  }
  if (shared && /^libsql:|^https?:|^wss?:/.test(url!) && !has(env.DATABASE_AUTH_TOKEN)) {
    checks.push(
      check(
        "DATABASE_AUTH_TOKEN",
        "unsafe",
        "DATABASE_AUTH_TOKEN is not set, so the shared database would be reached without a token; create one for it (turso db tokens create).",
      ),
    );
  } else if (has(env.DATABASE_AUTH_TOKEN)) {
    checks.push(check("DATABASE_AUTH_TOKEN", "set", "DATABASE_AUTH_TOKEN is set and is sent to the database."));
  } else {
    checks.push(check("DATABASE_AUTH_TOKEN", "missing", "DATABASE_AUTH_TOKEN is not set; a local file needs none."));
  }

  // Secrets: each from its variable, else (embedded only) generated into the data folder.
  checks.push(secretCheck(env, "SESSION_SECRET", shared, "signs the monolith's sessions and CSRF tokens"));
  checks.push(secretCheck(env, "NEXTAUTH_SECRET", shared, "signs the serverless store's sign-in cookies"));
  checks.push(secretCheck(env, "BAAS_TOKEN_SECRET", shared, "signs the short-lived data-API tokens"));
  // The instructor key unlocks the classroom controls; students on the same network must not guess it.
  checks.push(secretCheck(env, "CLASS_KEY", shared, "is the instructor key that unlocks the classroom controls (/class?key=…)"));

  checks.push(adminPasswordCheck(env, shared));

  // Public addresses.
  const nextAuthUrl = env.NEXTAUTH_URL;
  if (has(nextAuthUrl)) {
    checks.push(
      shared && !isHttps(nextAuthUrl)
        ? check(
            "NEXTAUTH_URL",
            "unsafe",
            `NEXTAUTH_URL is ${nextAuthUrl}; a shared deployment must use https so sign-in cookies are secure.`,
          )
        : check("NEXTAUTH_URL", "set", `NEXTAUTH_URL is ${nextAuthUrl}: sign-in callbacks go there.`),
    );
  } else {
    checks.push(
      check(
        "NEXTAUTH_URL",
        "missing",
        onVercel
          ? "NEXTAUTH_URL is not set; next-auth takes the deployment's address from Vercel."
          : "NEXTAUTH_URL is not set; sign-in uses the address of each request.",
      ),
    );
  }
  const publicBase = env.PUBLIC_BASE_URL;
  if (has(publicBase)) {
    checks.push(
      shared && !isHttps(publicBase)
        ? check("PUBLIC_BASE_URL", "unsafe", `PUBLIC_BASE_URL is ${publicBase}; a shared deployment must be served over https.`)
        : check("PUBLIC_BASE_URL", "set", `PUBLIC_BASE_URL is ${publicBase}: links the app builds point there.`),
    );
  } else {
    checks.push(check("PUBLIC_BASE_URL", "missing", "PUBLIC_BASE_URL is not set; addresses are taken from each request."));
  }

  // Storage.
  if (has(env.BLOB_READ_WRITE_TOKEN)) {
    checks.push(check("BLOB_READ_WRITE_TOKEN", "set", "BLOB_READ_WRITE_TOKEN is set: pictures and the search index go to Vercel Blob."));
  } else {
    checks.push(
      onVercel
        ? check(
            "BLOB_READ_WRITE_TOKEN",
            "unsafe",
            "BLOB_READ_WRITE_TOKEN is not set on Vercel, so uploads would go to local files that vanish with the instance; connect a Blob store.",
          )
        : check(
            "BLOB_READ_WRITE_TOKEN",
            "missing",
            "BLOB_READ_WRITE_TOKEN is not set: pictures are files under the data folder (back it up).",
          ),
    );
  }

  // The network in front of the app.
  const trustProxy = env.TRUST_PROXY;
  if (has(trustProxy)) {
    checks.push(
      check(
        "TRUST_PROXY",
        "set",
        `TRUST_PROXY is ${trustProxy}: the client address is taken from X-Forwarded-For written by ${trustProxy === "loopback" ? "a proxy on this machine" : "those proxies"}.`,
      ),
    );
  } else {
    checks.push(
      check(
        "TRUST_PROXY",
        "missing",
        onVercel
          ? "TRUST_PROXY is not set, which is right on Vercel: the platform's proxy writes the client address."
          : "TRUST_PROXY is not set: the socket address is the client; behind a reverse proxy set it (e.g. loopback), or every student shares the proxy's address and rate limit.",
      ),
    );
  }
  const secureCookies = env.SECURE_COOKIES;
  if (secureCookies === "false" && shared) {
    checks.push(
      check(
        "SECURE_COOKIES",
        "unsafe",
        "SECURE_COOKIES is false on a shared deployment, so session cookies would also travel over plain http.",
      ),
    );
  } else if (has(secureCookies)) {
    checks.push(check("SECURE_COOKIES", "set", `SECURE_COOKIES is ${secureCookies}.`));
  } else {
    checks.push(
      check(
        "SECURE_COOKIES",
        "missing",
        `SECURE_COOKIES is not set: cookies are ${shared ? "secure (https only)" : "not marked secure, as fits http://localhost"}.`,
      ),
    );
  }

  // Optional features.
  const github = [has(env.GITHUB_ID), has(env.GITHUB_SECRET)];
  if (github[0] && github[1]) checks.push(check("GITHUB_ID/GITHUB_SECRET", "set", "GitHub sign-in is on in the serverless store."));
  else if (github[0] || github[1])
    checks.push(check("GITHUB_ID/GITHUB_SECRET", "unsafe", "Only one of GITHUB_ID and GITHUB_SECRET is set; set both or neither."));
  else checks.push(check("GITHUB_ID/GITHUB_SECRET", "missing", "GitHub sign-in is off; email and password sign-in still work."));

  checks.push(
    has(env.OTEL_EXPORTER_OTLP_ENDPOINT)
      ? check("OTEL_EXPORTER_OTLP_ENDPOINT", "set", `Traces are also exported to ${env.OTEL_EXPORTER_OTLP_ENDPOINT}.`)
      : check("OTEL_EXPORTER_OTLP_ENDPOINT", "missing", "Traces stay in the app's memory (the architecture lens); nothing is exported."),
  );

  return { shared, onVercel, checks, ok: checks.every((c) => c.status !== "unsafe") };
}

/** The seeded admin's password (embedded default only: a shared database gets no demo accounts). */
function adminPasswordCheck(env: Source, shared: boolean): SettingCheck {
  const value = env.ADMIN_PASSWORD;
  if (!has(value)) {
    return check(
      "ADMIN_PASSWORD",
      "missing",
      shared
        ? "ADMIN_PASSWORD is not set; a shared database gets no demo accounts, so there is no seeded admin."
        : "ADMIN_PASSWORD is not set; a random one is generated into secrets.json in the data folder and printed only in the instructor's part of npm start.",
    );
  }
  if (isPublishedPassword(value))
    return check(
      "ADMIN_PASSWORD",
      "unsafe",
      "ADMIN_PASSWORD is a password published in this project's docs: anyone in the room could log in as the store admin.",
    );
  if (value.length < MIN_ADMIN_PASSWORD_LENGTH)
    return check(
      "ADMIN_PASSWORD",
      "unsafe",
      `ADMIN_PASSWORD is only ${value.length} characters; use ${MIN_ADMIN_PASSWORD_LENGTH} or more.`,
    );
  return check("ADMIN_PASSWORD", "set", `ADMIN_PASSWORD is set (${value.length} characters); it is the seeded admin account's password.`);
}

/** The embedded database's seeded admin still opens with a published password (an installation from before the change). */
export function publishedAdminPasswordCheck(email: string): SettingCheck {
  return check(
    "admin account",
    "unsafe",
    `${email} still has the password published in this project's docs; run npm start once (it replaces it with the one in secrets.json) or change it.`,
  );
}
