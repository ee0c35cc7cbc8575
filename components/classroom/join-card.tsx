"use client";
// The run's join code in large digits, the join link (carrying the code) and its QR code for phones in the room.
// The QR code comes rendered from the server for the code the page loaded with; a new run (new code) renders it
// again here, with the same qrcode package.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

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
        data-join-url={link}
        className={`${compact ? "w-28" : "w-44"} shrink-0 overflow-hidden rounded-xl border border-stone-200 bg-white p-1.5 shadow-sm [&>svg]:h-auto [&>svg]:w-full`}
        dangerouslySetInnerHTML={{ __html: qr.svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ') }}
      />
      <div className={compact ? "text-left" : ""}>
        <p className="text-sm font-semibold text-stone-700">{t("onYourPhone")}</p>
        <p className="mt-0.5 font-mono text-xs text-stone-900 [overflow-wrap:anywhere]" data-testid="join-url">
          {link}
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
