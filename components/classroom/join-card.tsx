// The join URL and its QR code (an SVG rendered on the server by the qrcode package) for phones in the room.
import { Fragment } from "react";
import { useTranslations } from "next-intl";

/**
 * A URL that may wrap only after a "/" (never inside a word: "…/class/j oin" cannot be typed from a projector).
 * Each piece is unbreakable; <wbr> marks the places a narrow box may wrap.
 */
export function JoinUrl({ url }: { url: string }) {
  const pieces = url.split(/(?<=\/)(?!\/)/);
  return (
    <span className="[overflow-wrap:normal] [word-break:normal]" data-testid="join-url-text">
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </span>
  );
}

export function JoinCard({ url, qrSvg, students, compact = false }: { url: string; qrSvg: string; students?: number; compact?: boolean }) {
  const t = useTranslations("classroom.join");
  return (
    <div className={`flex ${compact ? "flex-row items-center gap-4" : "flex-col items-center gap-3"} text-center`}>
      <div
        role="img"
        aria-label={t("qrLabel")}
        data-join-url={url}
        className={`${compact ? "w-28" : "w-44"} shrink-0 overflow-hidden rounded-xl border border-stone-200 bg-white p-1.5 shadow-sm [&>svg]:h-auto [&>svg]:w-full`}
        dangerouslySetInnerHTML={{ __html: qrSvg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ') }}
      />
      <div className={compact ? "text-left" : ""}>
        <p className="text-sm font-semibold text-stone-700">{t("onYourPhone")}</p>
        <p className="mt-0.5 font-mono text-xs text-stone-900" data-testid="join-url">
          <JoinUrl url={url} />
        </p>
        {students !== undefined && (
          <p className="mt-1 text-sm text-stone-600" data-testid="student-count">
            {t("students", { count: students })}
          </p>
        )}
      </div>
    </div>
  );
}
