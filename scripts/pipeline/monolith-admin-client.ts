// What the bench needs to drive the monolith's image pipeline over HTTP like a browser with the admin form:
// a cookie jar, log in with the CSRF token scraped from /monolith/login, then post the multipart "Add pet"
// form with the CSRF token scraped from /monolith/admin (once: the token is the session's). Success is a 303 to
// /monolith/admin?image=<id>.
import { CookieJar } from "../../core/util/cookie-jar";
import { scriptAdminPassword } from "../lib/test-admin-password";

async function csrfFrom(base: string, path: string, jar: CookieJar): Promise<string> {
  const res = await fetch(`${base}${path}`, { headers: { Cookie: jar.header() }, redirect: "manual" });
  jar.take(res);
  const match = /name="csrfToken"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrfToken"/.exec(await res.text());
  const token = match?.[1] ?? match?.[2];
  if (!token) throw new Error(`no CSRF token on ${path} (HTTP ${res.status})`);
  return token;
}

export async function signInMonolithAdmin(
  base: string,
  email = "admin@petstore.test",
  password = scriptAdminPassword(),
): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfToken = await csrfFrom(base, "/monolith/login", jar);
  const res = await fetch(`${base}/api/monolith/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, next: "/monolith/admin" }),
  });
  jar.take(res);
  if (res.status !== 303 && res.status !== 302) throw new Error(`monolith admin login failed (HTTP ${res.status})`);
  return jar;
}

/** The Add pet form's CSRF token, from the admin page (it is the session's: one page serves many posts). */
export function adminFormToken(base: string, jar: CookieJar): Promise<string> {
  return csrfFrom(base, "/monolith/admin", jar);
}

/** Posts the Add pet form (with the token of an admin page already loaded, or after loading one); returns the image id. */
export async function addPetMonolith(
  base: string,
  jar: CookieJar,
  pet: { name: string; category: string; price: string; stock: string },
  photo: Buffer,
  token?: string,
): Promise<string> {
  const csrfToken = token ?? (await adminFormToken(base, jar));
  const form = new FormData();
  form.set("csrfToken", csrfToken);
  for (const [k, v] of Object.entries(pet)) form.set(k, v);
  form.set("image", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "photo.jpg");
  const res = await fetch(`${base}/api/monolith/admin/pets`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: jar.header() },
    body: form,
  });
  jar.take(res);
  const imageId = new URL(res.headers.get("location") ?? "/", base).searchParams.get("image");
  if (res.status !== 303 || !imageId) throw new Error(`monolith Add pet refused: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return imageId;
}
