// What the scripts (crash test, bench) need to drive the serverless pipeline over HTTP like the SPA does:
// sign in as the admin with next-auth's credentials flow, get an upload token, PUT the photo, poll the status.
import { scriptAdminPassword } from "../lib/test-admin-password";

export type ImageStatus = {
  id: string;
  status: string;
  error: string | null;
  petId: number | null;
  steps: { step: string; status: string; attempts: number }[];
};

export async function signInAdmin(base: string, email = "admin@petstore.test", password = scriptAdminPassword()): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookies = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const session = cookies.find((c) => c?.includes("session-token"));
  if (!session) throw new Error(`admin sign-in failed (HTTP ${res.status})`);
  return [jar, ...cookies].filter(Boolean).join("; ");
}

export async function uploadPhoto(
  base: string,
  cookie: string,
  pet: { name: string; category: string; price: string; stock: string },
  photo: Buffer,
): Promise<string> {
  const grantRes = await fetch(`${base}/api/serverless/uploads`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({ ...pet, size: photo.length }),
  });
  if (grantRes.status !== 201) throw new Error(`upload token refused: HTTP ${grantRes.status} ${await grantRes.text()}`);
  const grant = (await grantRes.json()) as { imageId: string; uploadUrl: string; token: string };
  const put = await fetch(`${base}${grant.uploadUrl}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${grant.token}`, "Content-Type": "image/jpeg" },
    body: new Uint8Array(photo),
  });
  if (put.status !== 201) throw new Error(`upload refused: HTTP ${put.status} ${await put.text()}`);
  return grant.imageId;
}

export async function imageStatus(base: string, imageId: string): Promise<ImageStatus | null> {
  const res = await fetch(`${base}/api/images/${imageId}`, { cache: "no-store" });
  return res.ok ? ((await res.json()) as ImageStatus) : null;
}

export async function waitForHealth(base: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${base} did not come up`);
}
