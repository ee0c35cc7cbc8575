// /class/join — a student's phone: the run's join code (the QR code and the join link carry it in `?code=`; without
// it the phone asks for it) and an optional name, then the lesson as it happens (server-sent events), the store in
// the step's mode, and the prediction questions. No account; a random id in a cookie counts answers.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { viewForRequest } from "@/classroom/server/view-for-request";
import { StudentView } from "@/classroom/client/student-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classroom.join"))("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const h = await headers();
  const { code } = await searchParams;
  const { view, joined } = await viewForRequest(h, false);
  // The audience's view carries the code; a phone must type or scan it, so it is not handed over here.
  const { code: _code, ...initial } = view;
  return (
    <StudentView joined={joined} initial={initial} initialCode={typeof code === "string" ? code.replace(/\D/g, "").slice(0, 6) : ""} />
  );
}
