// The recommended order of moves, from all-monolith to all-serverless (Fowler: start where the value is high and
// the coupling low; move the most coupled part, the pages with the cart, last). Seven states, six moves.
import { ALL_MONOLITH, type Capability, type MigrationState } from "./migration-state";

export type Move = { capability: Capability; buys: string; risks: string };

export const RECOMMENDED_MOVES: readonly Move[] = [
  {
    capability: "search",
    buys: "Search is read-only and stateless, so it scales on its own and its traffic spikes stop slowing the pages.",
    risks: "Its index is a copy loaded from storage, so a new pet can be missing from results until the index is rebuilt.",
  },
  {
    capability: "images",
    buys: "The slow photo work leaves the web server; each step retries on its own and survives a crash.",
    risks: "Uploads already queued in the job table must drain before the consumer is switched off, or they stall.",
  },
  {
    capability: "catalog",
    buys: "Catalog reads go through one data API that the browser app will later call directly.",
    risks: "Every page render now makes an extra hop, so a slow data API slows every page.",
  },
  {
    capability: "purchase",
    buys: "Checkout, the money path, runs in its own function with its own limits and idempotency key.",
    risks: "The monolith session must be exchanged for a token; a bug in that bridge stops every sale.",
  },
  {
    capability: "auth",
    buys: "Passwords and sessions move to the BaaS, and the app stops storing sessions of its own.",
    risks: "Everyone signed in must log in again once, and server pages now trust a cookie they did not issue.",
  },
  {
    capability: "pages",
    buys: "The pages become a static browser app on a CDN and the last always-on server can be switched off.",
    risks: "JavaScript becomes required, and the server cart must be handed to the browser or it is lost.",
  },
];

/** The seven states along the path: index 0 is all-monolith, index 6 all-serverless. */
export function recommendedStates(): MigrationState[] {
  const states = [ALL_MONOLITH];
  for (const move of RECOMMENDED_MOVES) states.push({ ...states[states.length - 1]!, [move.capability]: "serverless" });
  return states;
}

/** Where `state` sits on the recommended path (0–6), or undefined when it is off the path. */
export function stepOnRecommendedPath(state: MigrationState): number | undefined {
  const i = recommendedStates().findIndex((s) => (Object.keys(s) as Capability[]).every((c) => s[c] === state[c]));
  return i >= 0 ? i : undefined;
}
