// GET /api/images/{id}: an upload's per-step status (queued | running | done | failed, attempts, timings,
// error), polled by both admin pages. Public on purpose: ids are random UUIDs and the answer holds no secrets.
import { imageIdSchema } from "@/core/images/image-rules";
import { getImageStatus } from "@/infra/images/get-image-status";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return Response.json(
    { error: { code: "not_found", message: "No such image." } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = imageIdSchema.safeParse((await context.params).id);
  if (!id.success) return notFound();
  const status = await getImageStatus(id.data);
  if (!status) return notFound();
  // Status changes every few hundred ms while processing: never cached.
  return Response.json(status, { headers: { "Cache-Control": "no-store" } });
}
