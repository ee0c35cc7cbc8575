import "server-only";
// A virtual user of the serverless store, doing what the SPA does: sign in through next-auth's credentials
// callback (the BaaS stand-in), trade the session for a short-lived data-API token, read the catalog from the
// data API, search and buy through the functions behind the gateway. The token names the user, so the gateway's
// per-user rate limit applies to each virtual user (the per-IP one only to the token requests).
// ARCH: twin of monolith-shopper.ts.
import type { Journey } from "../../model/load-settings-schema";
import type { GeneratedCustomer } from "./generated-customers";
import { pickOne, type JourneyCatalog } from "./journey-catalog";
import { CookieJar } from "../../../core/util/cookie-jar";
import { send, type RunContext } from "./store-client";

const REFRESH_BEFORE_MS = 30_000;

export class ServerlessShopper {
  private readonly jar = new CookieJar();
  private token: { value: string; expiresAt: number } | null = null;
  private signedIn = false;
  private seq = 0;
  constructor(
    private readonly ctx: RunContext,
    private readonly catalog: JourneyCatalog,
    private readonly customer: GeneratedCustomer,
    private readonly runId: string,
    private readonly index: number,
  ) {}

  private async signIn(): Promise<void> {
    await send(this.ctx, "serverless", this.jar, "/serverless"); // the SPA's shell, once
    const csrf = await send(this.ctx, "serverless", this.jar, "/api/auth/csrf");
    const csrfToken = csrf.status === 200 ? (JSON.parse(csrf.text) as { csrfToken?: string }).csrfToken : undefined;
    if (!csrfToken) return;
    const res = await send(this.ctx, "serverless", this.jar, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email: this.customer.email, password: this.customer.password, json: "true" }).toString(),
    });
    this.signedIn = res.status === 200;
  }

  /** The SPA's silent refresh: a new token shortly before the old one expires. */
  private async bearer(force = false): Promise<string | null> {
    if (!this.signedIn) await this.signIn();
    if (!force && this.token && this.token.expiresAt - Date.now() > REFRESH_BEFORE_MS) return this.token.value;
    const res = await send(this.ctx, "serverless", this.jar, "/api/baas/token");
    if (res.status !== 200) return this.token?.value ?? null;
    const body = JSON.parse(res.text) as { token: string; expiresAt: string };
    this.token = { value: body.token, expiresAt: Date.parse(body.expiresAt) };
    return this.token.value;
  }

  private async call(path: string, init: RequestInit = {}) {
    let token = await this.bearer();
    let res = await send(this.ctx, "serverless", null, path, {
      ...init,
      headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    if (res.status === 401) {
      // Expired or refused token: the SPA fetches a fresh one and tries once more.
      token = await this.bearer(true);
      res = await send(this.ctx, "serverless", null, path, {
        ...init,
        headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    }
    return res;
  }

  async run(journey: Journey): Promise<void> {
    if (journey === "browse") {
      await this.call("/api/baas/categories");
      await this.call(`/api/baas/categories/${pickOne(this.catalog.categories) ?? ""}/pets`);
    } else if (journey === "search") {
      await this.call(`/api/functions/search?q=${encodeURIComponent(pickOne(this.catalog.words) ?? "dog")}`);
    } else if (journey === "view") {
      await this.call(`/api/baas/pets/${pickOne(this.catalog.petIds) ?? 1}`);
    } else {
      const petId = pickOne(this.catalog.buyablePetIds);
      if (petId === undefined) return this.run("view");
      await this.call(`/api/baas/pets/${petId}`);
      this.seq += 1;
      await this.call("/api/functions/purchase", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ items: [{ petId, quantity: 1 }], idempotencyKey: `lab-${this.runId}-${this.index}-${this.seq}` }),
      });
    }
  }
}
