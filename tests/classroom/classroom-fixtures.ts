// What the classroom tests share: an empty classroom on the real test database, and a phone's request headers.
import { prisma } from "@/infra/db/prisma-client";

/** No run, room, student, answer or recording left from another test. */
export async function emptyClassroom(): Promise<void> {
  await prisma.classRunEvent.deleteMany();
  await prisma.classAnswer.deleteMany();
  await prisma.classStudent.deleteMany();
  await prisma.classRoom.deleteMany();
  await prisma.classRun.deleteMany();
}

/** A phone's request: its own address, and its student cookie once it has joined. */
export function phone(address: string, studentId?: string): Headers {
  return new Headers({ "x-forwarded-for": address, ...(studentId ? { cookie: `pst_student=${studentId}` } : {}) });
}
