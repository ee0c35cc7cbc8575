// An "Add pet" form post's fields and photo, checked before anything is written: the pet's fields (admitNewPet),
// a photo that is there and not empty, and a cheap header read that it is an image at all. Shared by every
// server-side receiver of the form (the monolith's job queue and the hybrid's bridge to the pipeline), so a
// refused photo reads the same wherever it was sent; the thumbnail step checks the image again.
import { AppError } from "../../core/errors/app-error";
import { IMAGE_ERRORS } from "../../core/images/image-rules";
import { admitNewPet } from "../catalog/admit-new-pet";
import { validateUpload } from "./validate-upload";

export type AddPetFields = { name: unknown; category: unknown; price: unknown; stock: unknown; image: unknown };

export async function admitFormUpload(fields: AddPetFields) {
  const { draft } = await admitNewPet(fields);
  if (!(fields.image instanceof Blob) || fields.image.size === 0) {
    throw new AppError("bad_request", fields.image instanceof Blob ? IMAGE_ERRORS.empty : { id: "image.choosePhoto" }, { field: "image" });
  }
  const bytes = Buffer.from(await fields.image.arrayBuffer());
  await validateUpload(bytes);
  return { draft, bytes };
}
