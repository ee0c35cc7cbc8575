// The lab bench's failure switches (instructor only): GET lists them with what to watch, DELETE turns all off.
import { jsonRoute } from "@/infra/http/json-route";
import { listFaults, resetFaults } from "@/infra/faults/switch-fault";

export const dynamic = "force-dynamic";

export const GET = jsonRoute({ who: "instructor" }, () => listFaults());

export const DELETE = jsonRoute({ who: "instructor", sameOrigin: "json" }, () => resetFaults());
