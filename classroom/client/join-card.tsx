"use client";
// The run's join code in large digits, the join link (carrying the code) and its QR code for phones in the room.
// The QR code comes rendered from the server for the code the page loaded with; a new run (new code) renders it
// again here, with the same qrcode package.
import { Fragment, useEffect, useState } from "react";
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

/** The join link for this run's code, and its QR code (the server's for the first code, redrawn for a new run). */
export function useJoinQr(url: string, code: string | undefined, qrSvg: string): { link: string; svg: string } {
  const link = code ? `${url}?code=${encodeURIComponent(code)}` : url;
  const [qr, setQr] = useState({ link, svg: qrSvg });
  useEffect(() => {
    if (qr.link === link) return;
    let live = true;
    void import("qrcode").then(({ default: QRCode }) =>
      QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#1c1917", light: "#ffffff" } }).then(
        (svg) => live && setQr({ link, svg }),
      ),
    );
    return () => {
      live = false;
    };
  }, [link, qr.link]);
  return { link, svg: qr.svg };
}

export function JoinCard({
  url,
  code,
  qrSvg,
  students,
  compact = false,
}: {
  /** The join page's address without the code. */
  url: string;
  code?: string;
  qrSvg: string;
  students?: number;
  compact?: boolean;
}) {
  const t = useTranslations("classroom.join");
  const qr = useJoinQr(url, code, qrSvg);
  return (
    <div className={`flex ${compact ? "flex-row items-center gap-4" : "flex-col items-center gap-3"} text-center`}>
      {code && (
        <p className={compact ? "hidden" : ""}>
          <span className="block text-sm font-semibold uppercase tracking-wider text-stone-600">{t("code")}</span>
          <span className="block font-mono text-5xl font-bold tracking-[0.15em] text-stone-900 tabular-nums" data-testid="join-code">
            {code}
          </span>
        </p>
      )}
      <div
        role="img"
        aria-label={t("qrLabel")}
        data-join-url={qr.link}
        className={`${compact ? "w-28" : "w-44"} shrink-0 overflow-hidden rounded-xl border border-stone-200 bg-white p-1.5 shadow-sm [&>svg]:h-auto [&>svg]:w-full`}
        dangerouslySetInnerHTML={{ __html: qr.svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ') }}
      />
      <div className={compact ? "text-left" : ""}>
        <p className="text-sm font-semibold text-stone-700">{t("onYourPhone")}</p>
        <p className="mt-0.5 font-mono text-xs text-stone-900" data-testid="join-url">
          <JoinUrl url={qr.link} />
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
