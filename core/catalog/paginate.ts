// Page arithmetic shared by category pages, search and the data API.

// Two rows of four on a wide screen; with ~11 pets per seeded category this shows real pagination.
export const DEFAULT_PAGE_SIZE = 8;
export const MAX_PAGE_SIZE = 60;

export type PageWindow = { page: number; pageSize: number; skip: number; take: number };

export function pageWindow(page: number, pageSize: number = DEFAULT_PAGE_SIZE): PageWindow {
  const size = Math.min(Math.max(1, Math.trunc(pageSize)), MAX_PAGE_SIZE);
  const p = Math.max(1, Math.trunc(page));
  return { page: p, pageSize: size, skip: (p - 1) * size, take: size };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
