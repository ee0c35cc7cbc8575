import "server-only";
// Catalog reads for the hybrid's server-rendered pages: the monolith's queries while catalog is there; the data
// API (through the gateway, with a read token the server mints for itself) once it moved — bridge
// "pages-read-data-api". Both answer the same DTOs (core/contract), so the pages cannot tell which one served.
import {
  categoriesResponseSchema,
  categoryPetsResponseSchema,
  ordersResponseSchema,
  petResponseSchema,
  petsResponseSchema,
} from "../../core/contract/serverless-api";
import { isAppError } from "../../core/errors/app-error";
import { getPet } from "../../infra/catalog/get-pet";
import { listCategories } from "../../infra/catalog/list-categories";
import { listCategoryPets } from "../../infra/catalog/list-category-pets";
import { listFeaturedPets } from "../../infra/catalog/list-featured-pets";
import { listOrders } from "../../monolith/orders/list-orders";
import { readCategories } from "../../serverless/data-api/read-categories";
import { readCategoryPets } from "../../serverless/data-api/read-category-pets";
import { readOrders } from "../../serverless/data-api/read-orders";
import { readPet } from "../../serverless/data-api/read-pet";
import { readPets } from "../../serverless/data-api/read-pets";
import type { GatewayOptions } from "../../serverless/gateway/with-gateway";
import { callThroughGateway } from "../bridges/call-through-gateway";
import { catalogReadToken, userTokenFor } from "../bridges/exchange-session-for-token";
import { inMonolith, throughFacade, type Facade } from "../facade/hybrid-facade";

const CATALOG: GatewayOptions = { servedBy: "data-api", auth: "required", scopes: ["catalog:read"] };
const ORDERS: GatewayOptions = { servedBy: "data-api", auth: "required", scopes: ["orders:read"] };

function read<T>(facade: Facade, name: string, monolith: () => Promise<T>, dataApi: (visitor: Headers) => Promise<T>): Promise<T> {
  return throughFacade(facade, "catalog-read", () =>
    facade.state.catalog === "monolith" ? inMonolith(`query ${name}`, monolith) : dataApi(facade.headers),
  );
}

export function hybridHome(facade: Facade) {
  return read(
    facade,
    "home",
    async () => ({ categories: await listCategories(), featured: await listFeaturedPets(8) }),
    async (visitor) => {
      const token = await catalogReadToken();
      const [c, p] = await Promise.all([
        callThroughGateway(categoriesResponseSchema, CATALOG, () => readCategories(), { path: "/api/baas/categories", visitor, token }),
        callThroughGateway(petsResponseSchema, CATALOG, (r) => readPets(r), { path: "/api/baas/pets?featured=1&limit=8", visitor, token }),
      ]);
      return { categories: c.categories, featured: p.pets };
    },
  );
}

export function hybridCategories(facade: Facade) {
  return read(facade, "categories", listCategories, async (visitor) => {
    const token = await catalogReadToken();
    return (
      await callThroughGateway(categoriesResponseSchema, CATALOG, () => readCategories(), { path: "/api/baas/categories", visitor, token })
    ).categories;
  });
}

/** A missing pet or category is null either way (the data API's 404 is not an error here). */
async function orNull<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") return null;
    throw e;
  }
}

export function hybridPet(facade: Facade, id: number) {
  return read(
    facade,
    "pet",
    () => getPet(id),
    (visitor) =>
      orNull(async () => {
        const token = await catalogReadToken();
        return (
          await callThroughGateway(petResponseSchema, CATALOG, () => readPet(String(id)), { path: `/api/baas/pets/${id}`, visitor, token })
        ).pet;
      }),
  );
}

export function hybridCategoryPets(facade: Facade, slug: string, page: number) {
  return read(
    facade,
    "category",
    () => listCategoryPets(slug, page),
    (visitor) =>
      orNull(async () => {
        const token = await catalogReadToken();
        const path = `/api/baas/categories/${encodeURIComponent(slug)}/pets?page=${page}`;
        return callThroughGateway(categoryPetsResponseSchema, CATALOG, (r) => readCategoryPets(r, slug), { path, visitor, token });
      }),
  );
}

/** The user's orders: an order placed before any move shows after it, because every side reads the one Order table. */
export function hybridOrders(facade: Facade, userId: number) {
  return throughFacade(facade, "order-history", () =>
    facade.state.catalog === "monolith"
      ? inMonolith("query orders", () => listOrders(userId))
      : (async () => {
          // Bridge "session-to-token" when auth is still the monolith's: the data API only knows BaaS tokens.
          const token = await userTokenFor(userId);
          const answer = await callThroughGateway(ordersResponseSchema, ORDERS, (_r, ctx) => readOrders(ctx.token), {
            path: "/api/baas/orders",
            visitor: facade.headers,
            token,
          });
          return answer.orders;
        })(),
  );
}
