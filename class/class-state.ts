import "server-only";
// The class state of this process: one for every route bundle Next loads (like the Prisma client). Routes and
// pages reach it only through classState(), so a later change can keep it in the database instead.
import { createMemoryClassState, type ClassState } from "../core/lessons/class-room";

const holder = globalThis as unknown as { __classState?: ClassState };

export function classState(): ClassState {
  holder.__classState ??= createMemoryClassState();
  return holder.__classState;
}
