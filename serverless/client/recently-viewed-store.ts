// "Recently viewed" pets, newest first, in localStorage.
// ARCH: the monolith records each view in its database from the page render; here the browser keeps
// the list itself and only asks the data API for the pets' current details.
import { createLocalStore } from "./local-store";

const MAX_REMEMBERED = 12;
const EMPTY: number[] = [];

const store = createLocalStore<number[]>("pet-store-twin:serverless:recently-viewed", EMPTY, (raw) =>
  Array.isArray(raw) ? raw.filter((id): id is number => Number.isSafeInteger(id) && id > 0).slice(0, MAX_REMEMBERED) : EMPTY,
);

export const useRecentlyViewed = store.use;

export function recordView(petId: number): void {
  const ids = store.read();
  if (ids[0] === petId) return;
  store.write([petId, ...ids.filter((id) => id !== petId)].slice(0, MAX_REMEMBERED));
}
