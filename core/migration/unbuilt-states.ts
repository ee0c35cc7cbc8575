// Which migration states the hybrid store refuses, and why (docs/decisions/023). A state is refused exactly when
// its routing table needs a bridge this app does not build: all of those are the browser app reaching back into
// the monolith, so they are the states where the pages have moved while another capability has not. The facade
// never routes such a state to something half-built; the API answers 409 and the panel says what to move first.
import { AppError } from "../errors/app-error";
import { CAPABILITY_LABELS, encodeMigrationState, stillInMonolith, type Capability, type MigrationState } from "./migration-state";
import { BRIDGES_NOT_BUILT, routeRequests, type BridgeId } from "./route-requests";

/** The bridges `state` would need that are not built here (none for a state the hybrid store serves). */
export function unbuiltBridges(state: MigrationState): BridgeId[] {
  return routeRequests(state).bridges.filter((b) => BRIDGES_NOT_BUILT.has(b));
}

export function isBuiltState(state: MigrationState): boolean {
  return unbuiltBridges(state).length === 0;
}

/** What must move before the pages can: every capability still in the monolith but the pages themselves. */
export function moveBeforePages(state: MigrationState): Capability[] {
  return stillInMonolith(state).filter((c) => c !== "pages");
}

function list(capabilities: Capability[]): string {
  const names = capabilities.map((c) => CAPABILITY_LABELS[c].toLowerCase());
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Throws a 409 naming what to move first, for a state the hybrid store does not serve. */
export function refuseUnbuiltState(state: MigrationState): void {
  const bridges = unbuiltBridges(state);
  if (bridges.length === 0) return;
  const first = moveBeforePages(state);
  throw AppError.of(
    "conflict",
    "hybrid.notBuilt",
    { capabilities: list(first) },
    { state: encodeMigrationState(state), bridges, moveFirst: first },
  );
}
