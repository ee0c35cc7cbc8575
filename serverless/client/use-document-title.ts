// The tab title of a client-rendered view (a full page load would have set it from the server's metadata).
import { useEffect } from "react";

export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} · Serverless · Pet Store Twin`;
  }, [title]);
}
