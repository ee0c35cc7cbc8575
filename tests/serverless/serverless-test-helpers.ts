// Shared set-up for the serverless integration tests: unique rows in the real test DB, tokens, requests.
import { prisma } from "@/infra/db/prisma-client";
import { mintBaasToken } from "@/serverless/token/mint-baas-token";
import { ANONYMOUS_SCOPES, USER_SCOPES } from "@/core/access/token-scopes";

export const BASE = "http://127.0.0.1:3100";

export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createUser(prefix = "sls"): Promise<{ id: number; email: string }> {
  const email = `${unique(prefix)}@petstore.test`;
  return prisma.user.create({ data: { email, name: prefix, passwordHash: null }, select: { id: true, email: true } });
}

export async function createCategory(prefix = "cat") {
  const slug = unique(prefix).toLowerCase();
  return prisma.category.create({ data: { slug, name: `Category ${slug}`, description: "Test category", emoji: "🐾" } });
}

export async function createPet(
  categoryId: number,
  data: { name?: string; priceCents?: number; stock?: number; featured?: boolean; description?: string } = {},
) {
  return prisma.pet.create({
    data: {
      name: data.name ?? unique("Pet"),
      species: "Dog",
      breed: "Mixed",
      description: data.description ?? "A friendly test animal.",
      priceCents: data.priceCents ?? 1_234,
      stock: data.stock ?? 5,
      featured: data.featured ?? false,
      categoryId,
    },
  });
}

export async function userToken(userId: number): Promise<string> {
  return (await mintBaasToken({ scopes: USER_SCOPES, userId })).token;
}

export async function anonymousToken(): Promise<string> {
  return (await mintBaasToken({ scopes: ANONYMOUS_SCOPES })).token;
}

type Handler<P> = (request: Request, route?: { params: Promise<P> }) => Promise<Response>;

export async function call<P = unknown>(
  handler: Handler<P>,
  path: string,
  opts: { token?: string; method?: string; body?: string; params?: P; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(`${BASE}${path}`, { method: opts.method ?? "GET", headers, body: opts.body });
  return handler(request, opts.params ? { params: Promise.resolve(opts.params) } : undefined);
}
