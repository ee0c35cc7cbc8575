"use client";
// The "Lens" header button and the "Architecture lens" panel it opens: this tab's last actions as
// waterfalls (which component did the work, how long, how many hops and round trips, server time, bytes).
// Off by default; while closed nothing is fetched or polled. Esc closes and returns focus to the button.
import { useTranslations } from "next-intl";
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import type { Store } from "../../core/architecture/mode";
import type { LensMode } from "../model/span";

// Loaded when first wanted: the waterfall, trace grouping and span fetching are no part of a page until then. The
// download starts as soon as a pointer or the keyboard reaches the button, so the click rarely waits for it.
const loadLensDialog = () => import("./lens-dialog");
const LensDialog = lazy(loadLensDialog);

const noSubscription = () => () => {};

export function LensPanel({ mode, store = mode }: { mode: LensMode; store?: Store }) {
  const t = useTranslations("lensPanel");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // Rendered only in the browser: the lens needs JavaScript, and a dead button would confuse JS-off visitors.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, close]);

  if (!mounted) return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        onPointerEnter={() => void loadLensDialog()}
        onFocus={() => void loadLensDialog()}
        className="min-h-11 rounded-full border border-stone-300 px-3 py-1 text-sm font-semibold text-stone-700 hover:border-stone-400 hover:text-stone-900 sm:min-h-0"
      >
        {t("button")}
      </button>
      {open
        ? createPortal(
            <Suspense fallback={null}>
              <LensDialog id={panelId} mode={mode} store={store} onClose={close} />
            </Suspense>,
            document.body,
          )
        : null}
    </>
  );
}
