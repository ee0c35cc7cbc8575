// GET /api/images/{id}: an upload's per-step status (queued | running | done | failed, attempts, timings,
// error), polled by both admin pages. Public on purpose: ids are random UUIDs and the answer holds no secrets.
// Status changes every few hundred ms while processing: never cached (the wrapper's default).
import { AppError } from "@/core/errors/app-error";
import { imageIdSchema } from "@/core/images/image-rules";
import { getImageStatus } from "@/infra/images/get-image-status";
import { jsonRoute } from "@/infra/http/json-route";

export const dynamic = "force-dynamic";

export const GET = jsonRoute<undefined, undefined, { id: string }>({}, async ({ params }) => {
  const id = imageIdSchema.safeParse(params.id);
  const status = id.success ? await getImageStatus(id.data) : null;
  if (!status) throw AppError.of("not_found", "image.noSuchImage");
  return status;
});
