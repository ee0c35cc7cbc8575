import "server-only";
// The hybrid's "Add pet" form handler: the facade routes the photo by the images switch — to the monolith's job
// table and in-process consumer while the image pipeline is there, or through the bridge to the serverless
// pipeline's durable steps once it moved. Admins only, by whichever auth is in charge.
import { AppError } from "../../core/errors/app-error";
import { enqueueImageJob, type AddPetFields } from "../../monolith/images/enqueue-image-job";
import type { HybridUser } from "../auth/hybrid-user";
import { uploadToPipeline } from "../bridges/server-upload-to-pipeline";
import { inMonolith, throughFacade, type Facade } from "../facade/hybrid-facade";

export function addPetHybrid(facade: Facade, user: HybridUser, fields: AddPetFields): Promise<{ imageId: string }> {
  if (user.role !== "admin") throw AppError.of("forbidden", "admin.onlyAdmins");
  return throughFacade(facade, "image-upload", () =>
    facade.state.images === "monolith" ? inMonolith("queue image job", () => enqueueImageJob(fields)) : uploadToPipeline(fields),
  );
}
