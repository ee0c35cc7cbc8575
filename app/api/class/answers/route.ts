// POST /api/class/answers { questionKey, choiceId } → 201 { accepted: true, choiceId } for a first answer,
// 200 { accepted: false, choiceId: <the earlier one> } for a second (one answer per student per question).
import { answerSchema } from "@/classroom/model/class-schemas";
import { jsonRoute } from "@/infra/http/json-route";
import { CLASS_JSON_BYTES } from "@/infra/http/read-body";
import { answerPrediction } from "@/classroom/server/answer-prediction";
import { consumeClassLimit } from "@/classroom/server/class-rate-limits";

export const POST = jsonRoute(
  { limit: (request) => consumeClassLimit("answer", request.headers), body: { maxBytes: CLASS_JSON_BYTES, schema: answerSchema } },
  async ({ request, body }) => {
    const result = await answerPrediction(request.headers, body);
    return Response.json(result, { status: result.accepted ? 201 : 200 });
  },
);
