// GET /api/lens/functions → { now, limits, functions: [...] }: the function runtime as the lens shows it.
import { jsonRoute } from "@/infra/http/json-route";
import { describeFunctions } from "@/lens/server/describe-functions";

export const dynamic = "force-dynamic";

export const GET = jsonRoute({}, () => describeFunctions());
