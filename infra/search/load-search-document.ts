// One pet as a search document (the image pipeline's index step), read with the same select and mapping as the
// full load (load-search-documents.ts), so the two can never disagree about what the index holds.
import type { SearchDocument } from "../../core/search/search-document";
import { prisma } from "../db/prisma-client";
import { getStorage } from "../storage/get-storage";
import { SEARCH_DOCUMENT_SELECT, toSearchDocument } from "./load-search-documents";

export async function loadSearchDocument(petId: number): Promise<SearchDocument | null> {
  const row = await prisma.pet.findUnique({ where: { id: petId }, select: SEARCH_DOCUMENT_SELECT });
  return row ? toSearchDocument(row, getStorage()) : null;
}
