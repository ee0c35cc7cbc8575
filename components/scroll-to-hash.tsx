"use client";
// "Look here" links open a panel by its anchor (/architecture#runtime-heading). The browser scrolls there on load,
// but the live parts above it (diagrams, charts) mount afterwards and push the panel down, so the link would land
// somewhere above it. This scrolls to the anchor again once they have mounted, unless the reader already moved.
import { useEffect } from "react";

export function ScrollToHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    let moved = false;
    const stop = () => (moved = true);
    const events = ["wheel", "touchstart", "keydown", "mousedown"] as const;
    for (const e of events) window.addEventListener(e, stop, { once: true, passive: true });
    const go = () => {
      if (!moved) document.getElementById(id)?.scrollIntoView({ block: "start" });
    };
    const timers = [0, 300, 900, 1800].map((ms) => setTimeout(go, ms));
    return () => {
      timers.forEach(clearTimeout);
      for (const e of events) window.removeEventListener(e, stop);
    };
  }, []);
  return null;
}
