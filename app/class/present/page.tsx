// /class/present — the instructor's presenter: the step in large type with notes, a timer, Previous/Next (also
// the arrow keys), the lesson picker, the live tally and the join code. Without the instructor key it sends the
// visitor to the join page instead.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { localeOfHeaders } from "@/core/i18n/locale";
import { isInstructor } from "@/infra/access/instructor-access";
import { lessonsFor } from "@/classroom/lessons";
import { currentRoom } from "@/classroom/server/class-room-hub";
import { renderClassView } from "@/classroom/server/class-view";
import { joinQrSvg, joinUrl, joinUrlWithCode } from "@/classroom/server/join-url";
import { Presenter } from "@/classroom/client/presenter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classroom.present"))("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function PresentPage() {
  const h = await headers();
  if (!isInstructor(h)) redirect("/class/join");
  const url = joinUrl(h);
  const locale = localeOfHeaders(h);
  const room = await currentRoom();
  return (
    <Presenter
      initial={renderClassView(room, "instructor", locale)}
      lessons={lessonsFor(locale).map((l) => ({ id: l.id, title: l.title, steps: l.steps.length }))}
      joinUrl={url}
      qrSvg={await joinQrSvg(joinUrlWithCode(url, room.snapshot.code))}
    />
  );
}
