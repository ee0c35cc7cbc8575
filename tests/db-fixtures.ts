// Rows of their own for integration tests on the shared Vitest database: unique names, never seed data.
import { randomUUID } from "node:crypto";
import { prisma } from "../infra/db/prisma-client";

export function uid(): string {
  return randomUUID().slice(0, 8);
}

export async function makeCategory(): Promise<number> {
  const id = uid();
  const c = await prisma.category.create({ data: { slug: `test-${id}`, name: `Test ${id}`, description: "Test category", emoji: "🧪" } });
  return c.id;
}

export async function makePet(
  categoryId: number,
  { priceCents = 10_000, stock = 5, name }: { priceCents?: number; stock?: number; name?: string } = {},
) {
  return prisma.pet.create({
    data: { name: name ?? `Pet ${uid()}`, species: "Dog", breed: "Test Breed", description: "A test pet.", priceCents, stock, categoryId },
    select: { id: true, name: true, priceCents: true, stock: true },
  });
}

export async function makeUser(): Promise<number> {
  const u = await prisma.user.create({ data: { email: `buyer-${uid()}@test.invalid`, name: "Test Buyer" } });
  return u.id;
}

export async function stockOf(petId: number): Promise<number> {
  return (await prisma.pet.findUniqueOrThrow({ where: { id: petId }, select: { stock: true } })).stock;
}

/** The monolith's image job once it reaches one of `statuses` (polled every 50 ms; fails after `timeoutMs`). */
export async function waitForJob(imageId: string, statuses: string[], timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await prisma.imageJob.findUniqueOrThrow({ where: { imageId } });
    if (statuses.includes(job.status)) return job;
    if (Date.now() > until) throw new Error(`job ${imageId} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
