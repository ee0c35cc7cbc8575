// Which parts of a result card's text a query matched, in either language, so the card can mark them. Pure and
// shared: the monolith renders the marks on the server, the serverless SPA in the browser, from the same rule.
// It follows search-terms.ts: an English word matches at the start of a word (prefix search), a Chinese run
// where it stands in the text, or — as the loose second try of the search — character by character.
import { splitTerms } from "./search-terms";

export type HighlightPart = { text: string; match: boolean };

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function needles(query: string, text: string): string[] {
  const out: string[] = [];
  // "loose-query" keeps a Chinese run as its characters; the whole run is looked for first.
  for (const word of query.split(/[\n\r\p{Z}\p{P}]+/u)) {
    for (const part of word.split(/(\p{Script=Han}+)/u)) {
      if (part.length === 0) continue;
      if (!HAN.test(part)) out.push(part.toLowerCase());
      else if (text.includes(part)) out.push(part);
      else out.push(...splitTerms(part, "loose-query"));
    }
  }
  return out.filter((n) => n.length > 0);
}

export function highlightParts(text: string, query: string): HighlightPart[] {
  const q = query.trim();
  if (q.length === 0 || text.length === 0) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const needle of needles(q, text)) {
    const chinese = HAN.test(needle);
    if (!chinese && needle.length < 2) continue; // one Latin letter would mark half the card
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (!chinese && at > 0 && WORD_CHAR.test(lower[at - 1]!)) continue; // English: only at a word's start
      for (let i = at; i < at + needle.length; i++) marked[i] = true;
    }
  }
  const parts: HighlightPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i]!, match: marked[i]! });
  }
  return parts;
}
