import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { ALL_MONOLITH, ALL_SERVERLESS, allMigrationStates, encodeMigrationState } from "./migration-state";
import { recommendedStates } from "./recommended-path";
import { isBuiltState, moveBeforePages, refuseUnbuiltState, unbuiltBridges } from "./unbuilt-states";

describe("the states the hybrid store serves", () => {
  it("serves every state with server-rendered pages, and the browser app only once nothing else is left", () => {
    const served = allMigrationStates().filter(isBuiltState);
    expect(served).toHaveLength(33);
    for (const s of allMigrationStates()) {
      expect(isBuiltState(s)).toBe(s.pages === "monolith" || encodeMigrationState(s) === "ssssss");
    }
  });

  it("serves all seven states of the recommended path", () => {
    for (const s of recommendedStates()) expect(unbuiltBridges(s)).toEqual([]);
  });

  it("refuses the pages moved before the rest with a 409 that names what to move first", () => {
    const state = { ...ALL_SERVERLESS, search: "monolith" as const, auth: "monolith" as const };
    expect(moveBeforePages(state)).toEqual(["auth", "search"]);
    expect(unbuiltBridges(state)).toEqual(["spa-searches-monolith", "spa-signs-in-at-monolith"]);
    let error: unknown;
    try {
      refuseUnbuiltState(state);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).message).toBe(
      "Not built here: the browser app would have to reach back into the monolith for auth and search. Move the pages last: move auth and search first.",
    );
    expect((error as AppError).details).toMatchObject({ state: "mssmss", moveFirst: ["auth", "search"] });
  });

  it("lets a served state through", () => {
    expect(() => refuseUnbuiltState(ALL_MONOLITH)).not.toThrow();
    expect(() => refuseUnbuiltState({ ...ALL_MONOLITH, images: "serverless" })).not.toThrow();
    expect(() => refuseUnbuiltState({ ...ALL_MONOLITH, pages: "serverless" })).toThrow(
      /move auth, catalog reads, search, purchase and image pipeline first/,
    );
  });
});
