"use client";
// A leaf on every server-rendered store page: once the page has loaded, posts its Navigation Timing as a
// browser span under the trace id the server rendered into <meta name="traceparent">. Renders nothing.
import { useEffect } from "react";
import type { LensMode } from "../model/span";
import { recordPageLoad } from "./browser-trace";

export function PageLoadTiming({ mode }: { mode: LensMode }) {
  useEffect(() => {
    const traceparent = document.querySelector<HTMLMetaElement>('meta[name="traceparent"]')?.content;
    if (!traceparent) return; // tracing is off on the server (LENS_DISABLED)
    // loadEventEnd is set only after the load handlers return: wait one task past the load event.
    const record = () => setTimeout(() => recordPageLoad(traceparent, mode), 0);
    if (document.readyState === "complete") record();
    else window.addEventListener("load", record, { once: true });
    return () => window.removeEventListener("load", record);
  }, [mode]);
  return null;
}
