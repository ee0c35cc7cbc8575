// "Recently viewed" as a short list of pet ids, most recent first. Pure, so the monolith can keep an anonymous
// visitor's list in a cookie (no database row for a plain page view) with the same rule as its server list.

export const RECENTLY_VIEWED_KEEP = 12;

/** Reads a cookie value like "12.7.3"; anything malformed is dropped, never trusted. */
export function parseRecentlyViewed(value: string | undefined): number[] {
  if (!value) return [];
  const ids: number[] = [];
  for (const part of value.split(".").slice(0, RECENTLY_VIEWED_KEEP)) {
    if (!/^\d{1,9}$/.test(part)) continue;
    const id = Number(part);
    if (id >= 1 && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The list after viewing `petId`: it moves to the front, the list stays at most RECENTLY_VIEWED_KEEP long. */
export function withViewed(ids: number[], petId: number): number[] {
  return [petId, ...ids.filter((id) => id !== petId)].slice(0, RECENTLY_VIEWED_KEEP);
}

export function serializeRecentlyViewed(ids: number[]): string {
  return ids.slice(0, RECENTLY_VIEWED_KEEP).join(".");
}
