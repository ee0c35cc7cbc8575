// POST /api/class/answers { questionKey, choiceId } → 201 { accepted: true, choiceId } for a first answer,
// 200 { accepted: false, choiceId: <the earlier one> } for a second (one answer per student per question).
import { requireSameOriginJson } from "@/infra/access/require-same-origin-json";
import { answerSchema } from "@/core/lessons/class-schemas";
import { errorResponse } from "@/serverless/gateway/error-response";
import { answerPrediction } from "@/class/answer-prediction";
import { consumeClassLimit } from "@/class/class-rate-limits";
import { CLASS_JSON_BYTES, readJsonBody } from "@/infra/http/read-body";

export async function POST(request: Request) {
  try {
    requireSameOriginJson(request);
    await consumeClassLimit("answer", request.headers);
    const input = await readJsonBody(request, { maxBytes: CLASS_JSON_BYTES, schema: answerSchema });
    const result = await answerPrediction(request.headers, input);
    return Response.json(result, { status: result.accepted ? 201 : 200, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e, undefined, request);
  }
}
