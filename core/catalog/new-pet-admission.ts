// The admission rule for a new pet, once for both stores: the monolith's admin form post
// (monolith/images/enqueue-image-job.ts) and the serverless upload-token request
// (serverless/uploads/issue-upload-token.ts). The fields are checked with the shared new-pet schema, then the
// category must exist. Pure: the caller looks the category up (infra/catalog/admit-new-pet.ts) and passes it in.
import { AppError } from "../errors/app-error";
import { parseInput } from "../errors/parse-input";
import { newPetInput, newPetSchema, type NewPetDraft } from "../images/image-rules";

export type NewPetFields = { name: unknown; category: unknown; price: unknown; stock: unknown };

/** The draft (price in cents), or an AppError naming the first field that is wrong. */
export function parseNewPet(fields: NewPetFields): NewPetDraft {
  return parseInput(newPetSchema, newPetInput(fields));
}

/** A pet goes into an existing category only; `categoryId` is the lookup's answer (null: no such category). */
export function checkNewPetCategory(categoryId: number | null): number {
  if (categoryId === null) throw AppError.of("bad_request", "pet.chooseCategory", {}, { field: "category" });
  return categoryId;
}
