import "server-only";
// A virtual user of the monolith, doing what a browser does: server-rendered pages, form posts with the CSRF
// token scraped from the page, its session in a cookie jar, redirects followed. ARCH: twin of serverless-shopper.ts
// (token + data API + functions); the journeys are the same four.
import type { Journey } from "../../model/load-settings-schema";
import type { GeneratedCustomer } from "./generated-customers";
import { pickOne, type JourneyCatalog } from "./journey-catalog";
import { CookieJar } from "../../../core/util/cookie-jar";
import { hiddenField, send, type RunContext } from "./store-client";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

export class MonolithShopper {
  private readonly jar = new CookieJar();
  private signedIn = false;
  constructor(
    private readonly ctx: RunContext,
    private readonly catalog: JourneyCatalog,
    private readonly customer: GeneratedCustomer,
  ) {}

  private get = (path: string) => send(this.ctx, "monolith", this.jar, path);
  private post = (path: string, fields: Record<string, string>) =>
    send(this.ctx, "monolith", this.jar, path, { method: "POST", headers: FORM, body: new URLSearchParams(fields).toString() });

  /** Follows a 303 like a browser (only to this server's own paths). */
  private async follow(answer: { status: number; headers: Headers }) {
    const location = answer.headers.get("location");
    if (answer.status !== 303 || !location) return null;
    const url = new URL(location, this.ctx.base);
    return this.get(`${url.pathname}${url.search}`);
  }

  private async signIn(): Promise<boolean> {
    const page = await this.get("/monolith/login");
    const csrfToken = hiddenField(page.text, "csrfToken");
    if (!csrfToken) return false;
    const res = await this.post("/api/monolith/login", {
      csrfToken,
      email: this.customer.email,
      password: this.customer.password,
      next: "/monolith",
    });
    this.signedIn = res.status === 303 && !(res.headers.get("location") ?? "").includes("error=");
    if (this.signedIn) await this.follow(res);
    return this.signedIn;
  }

  async run(journey: Journey): Promise<void> {
    if (journey === "browse") {
      await this.get(`/monolith/category/${pickOne(this.catalog.categories) ?? ""}`);
    } else if (journey === "search") {
      await this.get(`/monolith/search?q=${encodeURIComponent(pickOne(this.catalog.words) ?? "dog")}`);
    } else if (journey === "view") {
      await this.get(`/monolith/pets/${pickOne(this.catalog.petIds) ?? 1}`);
    } else {
      await this.buy();
    }
  }

  private async buy(): Promise<void> {
    const petId = pickOne(this.catalog.buyablePetIds);
    if (petId === undefined) return this.run("view");
    if (!this.signedIn && !(await this.signIn())) return;
    const pet = await this.get(`/monolith/pets/${petId}`);
    const csrfToken = hiddenField(pet.text, "csrfToken");
    if (!csrfToken) return;
    const added = await this.post("/api/monolith/cart/add", {
      csrfToken,
      petId: String(petId),
      quantity: "1",
      returnTo: `/monolith/pets/${petId}`,
    });
    await this.follow(added);
    const checkout = await this.get("/monolith/checkout");
    const idempotencyKey = hiddenField(checkout.text, "idempotencyKey");
    const checkoutToken = hiddenField(checkout.text, "csrfToken");
    if (!idempotencyKey || !checkoutToken) return;
    const placed = await this.post("/api/monolith/checkout", { csrfToken: checkoutToken, idempotencyKey });
    await this.follow(placed);
  }
}
