"use client";
// True once the element has come within a screen of the viewport, and from then on: lets a heavy part (the chart
// library) load only when a visitor scrolls to it, not with the page.
import { useEffect, useRef, useState } from "react";

export function useNearViewport<T extends Element>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "100% 0px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}
