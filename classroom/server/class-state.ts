import "server-only";
// The class state: in the database (classroom/server/db-class-state.ts), so that every app instance on one
// database shows one class. Routes and pages reach it only through classState().
import type { ClassState } from "../model/class-room";
import { createDbClassState } from "./db-class-state";

const holder = globalThis as unknown as { __classState?: ClassState };

export function classState(): ClassState {
  holder.__classState ??= createDbClassState();
  return holder.__classState;
}
