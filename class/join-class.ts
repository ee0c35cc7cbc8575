import "server-only";
// A phone joins: it keeps its id when it has joined before (a reload does not count twice), else gets a new one.
import { classState } from "./class-state";
import { newStudentId, studentIdFrom } from "./student-cookie";

export async function joinClass(headers: Headers, name: string | undefined): Promise<{ studentId: string }> {
  const state = classState();
  const known = studentIdFrom(headers);
  const studentId = known && (await state.hasStudent(known)) ? known : newStudentId();
  await state.join(studentId, name);
  return { studentId };
}
