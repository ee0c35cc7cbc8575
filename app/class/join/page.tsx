// /class/join — a student's phone: an optional name, then the lesson as it happens (server-sent events), the
// store in the step's mode, and the prediction questions. No account; a random id in a cookie counts answers.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { classState } from "@/class/class-state";
import { classView } from "@/class/class-view";
import { studentIdFrom } from "@/class/student-cookie";
import { StudentView } from "./student-view";

export const metadata: Metadata = { title: "Join the class" };
export const dynamic = "force-dynamic";

export default async function JoinPage() {
  const studentId = studentIdFrom(await headers());
  const joined = !!studentId && (await classState().hasStudent(studentId));
  return (
    <StudentView
      joined={joined}
      initial={await classView(await classState().snapshot(), { instructor: false, studentId: joined ? studentId : undefined })}
    />
  );
}
