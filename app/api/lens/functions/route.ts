// GET /api/lens/functions → { now, limits, functions: [...] }: the function runtime as the lens shows it.
import { describeFunctions } from "@/lens/server/describe-functions";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(describeFunctions(), { headers: { "Cache-Control": "no-store" } });
}
