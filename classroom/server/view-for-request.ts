import "server-only";
// The class as one request may see it: the instructor's view (with the join link for the run's code), a student's
// of the current run (with their answer), or the audience's. Used by GET /api/class/state and the class pages.
import { localeOfHeaders } from "../../core/i18n/locale";
import { isInstructor } from "../../infra/access/instructor-access";
import { currentRoom } from "./class-room-hub";
import type { ClassView } from "../model/screen-types";
import { renderClassView, studentView } from "./class-view";
import { joinUrl, joinUrlWithCode } from "./join-url";
import { studentIdFrom } from "./student-cookie";

export type RequestClassView = ClassView & { joinUrl?: string };

/** `asInstructor: false`: the page is a phone's (the join page), also when the instructor opens it. */
export async function viewForRequest(headers: Headers, asInstructor = true): Promise<{ view: RequestClassView; joined: boolean }> {
  const room = await currentRoom();
  const locale = localeOfHeaders(headers);
  if (asInstructor && isInstructor(headers)) {
    const view = renderClassView(room, "instructor", locale);
    return { view: { ...view, joinUrl: joinUrlWithCode(joinUrl(headers), room.snapshot.code) }, joined: false };
  }
  const studentId = studentIdFrom(headers);
  if (studentId && room.roster.has(studentId)) return { view: studentView(room, studentId, locale), joined: true };
  return { view: renderClassView(room, "audience", locale), joined: false };
}
