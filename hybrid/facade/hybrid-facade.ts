import "server-only";
// The routing facade (strangler fig): on every hybrid request it reads the migration state this browser is routed
// by, asks core's routing table where each capability goes, and sends each call there — recording itself as its
// own component in the lens, so the waterfall shows the decision before the part that did the work.
import { headers } from "next/headers";
import { cache } from "react";
import { routeRequests, type RequestKind, type RoutingTable } from "../../core/migration/route-requests";
import { withLensSpan } from "../../lens/server/with-lens-span";
import { currentMigration, type CurrentMigration } from "../migration/current-migration";

export type Facade = CurrentMigration & { table: RoutingTable; headers: Headers };

/** This request's routing (once per request: every adapter of one page render sees the same state). */
export const hybridFacade = cache(async (): Promise<Facade> => {
  const h = new Headers(await headers());
  const current = await currentMigration(h);
  return { ...current, table: routeRequests(current.state), headers: h };
});

/** Runs one routed call inside the facade's span, named after the decision ("search → search-function"). */
export function throughFacade<T>(facade: Facade, kind: RequestKind, fn: () => Promise<T>): Promise<T> {
  const route = facade.table.routes[kind];
  return withLensSpan(
    `facade ${kind} → ${route.servedBy}`,
    {
      component: "routing-facade",
      mode: "monolith",
      attributes: {
        "facade.request": kind,
        "facade.served_by": route.servedBy,
        "facade.side": route.side,
        "facade.bridges": route.bridges.join(","),
      },
    },
    fn,
  );
}

/** Work the monolith does inside this process, filed under the monolith's web server in the lens. */
export function inMonolith<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return withLensSpan(name, { component: "web-server", mode: "monolith" }, fn);
}
