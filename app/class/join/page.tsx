// /class/join — a student's phone: an optional name, then the lesson as it happens (server-sent events), the
// store in the step's mode, and the prediction questions. No account; a random id in a cookie counts answers.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { localeOfHeaders } from "@/core/i18n/locale";
import { classState } from "@/class/class-state";
import { classView } from "@/class/class-view";
import { studentIdFrom } from "@/class/student-cookie";
import { StudentView } from "./student-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classroom.join"))("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function JoinPage() {
  const h = await headers();
  const studentId = studentIdFrom(h);
  const joined = !!studentId && (await classState().hasStudent(studentId));
  return (
    <StudentView
      joined={joined}
      initial={await classView(await classState().snapshot(), {
        instructor: false,
        studentId: joined ? studentId : undefined,
        locale: localeOfHeaders(h),
      })}
    />
  );
}
