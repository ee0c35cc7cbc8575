// `npm run reset` on a real data folder: after a class changed the store (a new pet, stock bought, an order, an
// upload with its original and thumbnail blobs, pipeline rows, workflow files), the store is back to its seed;
// the secrets file, the accounts and the classroom's runs are untouched. Also: it refuses while the server runs.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../free-port";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "pst-reset-"));
let db: Client;

function run(script: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, script)], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "", DATA_DIR: dataDir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

const one = async (sql: string) => Number((await db.execute(sql)).rows[0]![0]);
const blob = (key: string) => path.join(dataDir, "blobs", key);

afterAll(() => {
  db?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run reset", () => {
  // The store the tests below change and reset. A test, not a beforeAll, so that its own limit is the one the
  // slow-test report compares it with (a hook's own limit does not reach Vitest's reporters).
  it("starts from a seeded data folder", async () => {
    const seeded = await run("scripts/seed.ts");
    expect(seeded.code, seeded.out).toBe(0);
    db = createClient({ url: `file:${path.join(dataDir, "petstore.db")}` });
    expect(await one(`SELECT count(*) FROM "Pet"`)).toBeGreaterThan(0);
    // The seed draws its pictures with sharp: seconds on a quiet machine, minutes on a crowded one.
  }, 900_000);

  it("puts pets, stock, orders, uploads, blobs and pipeline state back to the seed and leaves secrets and accounts", async () => {
    const seedPets = await one(`SELECT count(*) FROM "Pet"`);
    const seedStock = await one(`SELECT "stock" FROM "Pet" WHERE "id" = 1`);
    const seedImage = (await db.execute(`SELECT "smallKey" FROM "Image" WHERE "petId" = 1`)).rows[0]![0] as string;
    // The secrets file as `npm start` writes it on first start.
    const secrets = JSON.stringify({
      sessionSecret: "s".repeat(43),
      nextAuthSecret: "n".repeat(43),
      baasTokenSecret: "b".repeat(43),
      classKey: "k".repeat(32),
    });
    writeFileSync(path.join(dataDir, "secrets.json"), secrets, { mode: 0o600 });
    const users = await one(`SELECT count(*) FROM "User"`);

    // What a class leaves behind.
    const at = new Date().toISOString().replace("Z", "+00:00");
    await db.batch([
      `UPDATE "Pet" SET "stock" = "stock" - 1 WHERE "id" = 1`,
      `INSERT INTO "Pet" ("name","species","breed","description","priceCents","stock","categoryId","createdAt","updatedAt") VALUES ('Class pet','Dog','Mutt','Made in class',100,3,1,'${at}','${at}')`,
      `INSERT INTO "User" ("email","name") VALUES ('student@class.test','A student')`,
      `INSERT INTO "Order" ("userId","totalCents","idempotencyKey","createdAt") VALUES ((SELECT "id" FROM "User" WHERE "email" = 'student@class.test'), 100, 'class-order-1', '${at}')`,
      `INSERT INTO "ImageUpload" ("id","via","draft","petId","originalKey","status","createdAt","updatedAt") VALUES ('up1','monolith','{}',1,'uploads/up1/original','done','${at}','${at}')`,
      `INSERT INTO "ImageStep" ("imageId","step","status") VALUES ('up1','thumbnail','done')`,
      `INSERT INTO "Image" ("id","petId","status","smallKey","mediumKey","largeKey","width","height","position","createdAt","updatedAt") VALUES ('up1',1,'done','thumbnails/up1/s.webp','thumbnails/up1/m.webp','thumbnails/up1/l.webp',10,10,1,'${at}','${at}')`,
      `INSERT INTO "ClassRun" ("code", "publicId") VALUES ('123456', 'a-recorded-run')`,
    ]);
    for (const key of ["uploads/up1/original", "thumbnails/up1/s.webp", "thumbnails/up1/m.webp", "thumbnails/up1/l.webp"]) {
      mkdirSync(path.dirname(blob(key)), { recursive: true });
      writeFileSync(blob(key), "x");
    }
    mkdirSync(path.join(dataDir, "workflow", "runs"), { recursive: true });
    writeFileSync(path.join(dataDir, "workflow", "runs", "r1.json"), "{}");

    const reset = await run("scripts/reset-store.ts", { PORT: String(await freePort()), HOST: "127.0.0.1" });
    expect(reset.code, reset.out).toBe(0);

    expect(await one(`SELECT count(*) FROM "Pet"`)).toBe(seedPets);
    expect(await one(`SELECT "stock" FROM "Pet" WHERE "id" = 1`)).toBe(seedStock);
    expect(await one(`SELECT count(*) FROM "Order"`)).toBe(0);
    expect(await one(`SELECT count(*) FROM "ImageUpload"`)).toBe(0);
    expect(await one(`SELECT count(*) FROM "ImageStep"`)).toBe(0);
    expect(await one(`SELECT count(*) FROM "Image" WHERE "id" = 'up1'`)).toBe(0);
    for (const key of ["uploads/up1/original", "thumbnails/up1/s.webp", "thumbnails/up1/l.webp"]) expect(existsSync(blob(key))).toBe(false);
    expect(existsSync(blob(seedImage))).toBe(true);
    expect(existsSync(path.join(dataDir, "workflow", "runs", "r1.json"))).toBe(false);
    // Left alone: the secrets file, every account (the class's one too) and the classroom's runs.
    expect(readFileSync(path.join(dataDir, "secrets.json"), "utf8")).toBe(secrets);
    expect(await one(`SELECT count(*) FROM "User"`)).toBe(users + 1);
    expect(await one(`SELECT count(*) FROM "ClassRun"`)).toBe(1);
  }, 240_000);

  it("refuses while the server is running on the port", async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, out } = await run("scripts/reset-store.ts", { PORT: String(port), HOST: "127.0.0.1" });
      expect(code).toBe(1);
      expect(out).toMatch(/server seems to be running/);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
