// PUT /api/class/faults/{name} { enabled, params? } → the switch as it now is (instructor only).
import { jsonRoute } from "@/infra/http/json-route";
import { switchFault } from "@/infra/faults/switch-fault";

export const PUT = jsonRoute<undefined, undefined, { name: string }>(
  { who: "instructor", body: { invalid: "request.settingsObject" } },
  ({ params, body }) => switchFault(params.name, body),
);
