// /class/live — the audience screen for the projector: follows the presenter (server-sent events), shows the
// step in large type, the tally once the answer is revealed, and the join code in the corner.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { joinQrSvg, joinUrl, joinUrlWithCode } from "@/classroom/server/join-url";
import { currentRoom } from "@/classroom/server/class-room-hub";
import { renderClassView } from "@/classroom/server/class-view";
import { localeOfHeaders } from "@/core/i18n/locale";
import { AudienceView } from "@/classroom/client/audience-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classroom.live"))("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function LivePage() {
  const h = await headers();
  const url = joinUrl(h);
  const room = await currentRoom();
  return (
    <AudienceView
      initial={renderClassView(room, "audience", localeOfHeaders(h))}
      joinUrl={url}
      qrSvg={await joinQrSvg(joinUrlWithCode(url, room.snapshot.code))}
    />
  );
}
