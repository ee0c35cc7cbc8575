import "server-only";
// A phone joins the current run with its code. A phone that already joined this run keeps its id (a reload does not
// count twice; a new name renames it); any other phone gets a new id, so a cookie from an earlier run is worth
// nothing now. The caps (per client address, per class) are checked by the database in the join's one write.
import { env } from "../../core/config/env";
import { clientIp } from "../../infra/access/client-ip";
import { currentRoom, studentJoined } from "./class-room-hub";
import { newStudentId, studentIdFrom } from "./student-cookie";
import { AppError } from "../../core/errors/app-error";
import { classState } from "./db-class-state";
import { normalizeJoinCode } from "../model/class-room";

export async function joinClass(headers: Headers, input: { code: string; name?: string }): Promise<{ studentId: string }> {
  const state = classState();
  const known = studentIdFrom(headers);
  const room = await currentRoom();
  if (known && (await state.runOf(known)) === room.snapshot.runId) {
    if (normalizeJoinCode(input.code) !== room.snapshot.code) throw AppError.of("forbidden", "class.wrongCode");
    await state.rename(known, input.name);
    return { studentId: known };
  }
  const studentId = newStudentId();
  const address = clientIp(headers);
  const { runId } = await state.join({
    code: input.code,
    studentId,
    name: input.name,
    address,
    perAddress: env().CLASS_PER_ADDRESS,
    seen: room.snapshot,
  });
  studentJoined(runId, studentId, { name: input.name, address });
  return { studentId };
}
