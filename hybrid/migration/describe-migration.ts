import "server-only";
// GET /api/class/migration's answer: the state this browser is routed by, the class-wide one, where it sits on
// the recommended path, and the routing table it produces.
import { stepOnRecommendedPath } from "../../core/migration/recommended-path";
import { routeRequests } from "../../core/migration/route-requests";
import { isInstructor } from "../../infra/access/instructor-access";
import { currentMigration } from "./current-migration";

export async function describeMigration(headers: Headers) {
  const current = await currentMigration(headers);
  return {
    ...current.state,
    state: current.state,
    classState: current.classState,
    source: current.source,
    instructor: isInstructor(headers),
    stepOnRecommendedPath: stepOnRecommendedPath(current.state) ?? null,
    routing: routeRequests(current.state),
  };
}
