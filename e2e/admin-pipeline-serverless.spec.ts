// The serverless store's upload endpoints over HTTP (who may ask for an upload token, the size cap checked from
// Content-Length before any byte is read). They exist in this store only: the monolith's browser posts the photo
// to its own form handler. The journey through the admin page runs in both stores in admin-pipeline.spec.ts.
import http from "node:http";
import { ADMIN, expect, logIn, test } from "./fixtures";
import { uploadGrantResponseSchema } from "../core/contract/serverless-api";

test.skip(({ mode }) => mode !== "serverless", "serverless pipeline only");

test("the upload endpoints: admins only, 413 from Content-Length before the body is read", async ({ page, request }) => {
  const pet = { name: "Big", category: "dogs", price: "10", stock: "1", size: 1000 };
  const anonymous = await request.post("/api/serverless/uploads", { data: pet });
  expect(anonymous.status()).toBe(401);

  await logIn(page, "serverless", ADMIN);
  const tooBig = await page.request.post("/api/serverless/uploads", { data: { ...pet, size: 11 * 1024 * 1024 } });
  expect(tooBig.status()).toBe(413);
  const grant = uploadGrantResponseSchema.parse(await (await page.request.post("/api/serverless/uploads", { data: pet })).json());
  // The test server has no Blob token: the grant is for the local upload endpoint.
  if (!("token" in grant)) throw new Error(`expected a local upload grant, got ${JSON.stringify(grant)}`);
  expect(grant.token).toBeTruthy();

  // Declares 11 MB but sends one byte: refused from the header alone, while the client still "owes" the rest.
  // (The photo PUT bypasses the proxy, which would otherwise make Next wait for the whole body.) The socket is
  // dropped once the answer is in; a server that waited for the body fails the 10 s guard instead of hanging.
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(new URL(grant.uploadUrl, page.url()), {
      method: "PUT",
      headers: { Authorization: `Bearer ${grant.token}`, "Content-Type": "image/jpeg", "Content-Length": String(11 * 1024 * 1024) },
    });
    const guard = setTimeout(() => {
      req.destroy();
      reject(new Error("no answer within 10 s: the server waited for the declared body"));
    }, 10_000);
    req.on("response", (res) => {
      clearTimeout(guard);
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", (e) => {
      clearTimeout(guard);
      reject(e);
    });
    req.write("x");
  });
  expect(status).toBe(413);

  const noToken = await request.put(grant.uploadUrl, { data: Buffer.from("abc") });
  expect(noToken.status()).toBe(401);
});
