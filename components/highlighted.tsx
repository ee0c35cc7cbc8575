import { highlightParts } from "../core/search/highlight-terms";

/** A card's text with what the search query matched marked (core/search/highlight-terms.ts), in either language. */
export function Highlighted({ text, query }: { text: string; query?: string }) {
  if (!query) return text;
  return highlightParts(text, query).map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
