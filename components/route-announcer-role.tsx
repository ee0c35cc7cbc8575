"use client";
// Next.js mounts a route announcer (<next-route-announcer>, in a shadow root) with role="alert" on every
// page. Our contract shows errors with role="alert", so an empty second "alert" would make
// `getByRole("alert")` ambiguous for assistive tech and tests alike. We keep its aria-live="assertive"
// (navigation is still announced) and drop only the role.
import { useEffect } from "react";

function demote(): boolean {
  const host = document.querySelector("next-route-announcer");
  const el = host?.shadowRoot?.querySelector('[role="alert"]');
  el?.removeAttribute("role");
  return Boolean(host?.shadowRoot);
}

export function RouteAnnouncerRole() {
  useEffect(() => {
    if (demote()) {
      const inner = document.querySelector("next-route-announcer")?.shadowRoot;
      const obs = new MutationObserver(demote);
      if (inner) obs.observe(inner, { childList: true, subtree: true, attributes: true });
      return () => obs.disconnect();
    }
    // The announcer is appended to <body> by Next's own effect, possibly after ours ran.
    const obs = new MutationObserver(() => {
      if (demote()) {
        const inner = document.querySelector("next-route-announcer")?.shadowRoot;
        if (inner) obs.observe(inner, { childList: true, subtree: true, attributes: true });
      }
    });
    obs.observe(document.body, { childList: true });
    return () => obs.disconnect();
  }, []);
  return null;
}
