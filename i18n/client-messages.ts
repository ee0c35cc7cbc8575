// Which messages a page sends to the browser. NextIntlClientProvider puts the messages it is given into the page's
// HTML (and its RSC payload), serialised on every request, for the client components to use. Server components
// read every message whatever is sent, so a page need send only the words its client components show:
// - every page: the shell's few client components (the Lens button and its dialog), `shellMessages`;
// - the pages whose client components speak much (the serverless browser app, the classroom and lab bench,
//   /architecture, the admin pages, the hybrid's cart handover) add theirs with a nested provider
//   (components/area-messages.tsx): every store namespace, `clientMessages`, plus their area's namespaces.
// A monolith page used to carry about 21 kB of messages none of its client components show, in both copies.
import type { AbstractIntlMessages } from "next-intl";

/** Namespaces whose words only some areas' client components show. */
export const AREA_NAMESPACES = ["classroom", "bench", "lens", "admin", "replay"] as const;
export type AreaNamespace = (typeof AREA_NAMESPACES)[number];

/** The part of `lens` every store page needs: its Lens panel draws waterfalls with component names and bills. */
const LENS_ON_EVERY_PAGE = ["waterfall", "component", "ledger"] as const;

/** What the shell's client components on every page show: the Lens button and dialog (with the store names). */
const SHELL_NAMESPACES = ["lensPanel", "header"] as const;

function everyPageLens(all: AbstractIntlMessages): AbstractIntlMessages {
  const lens = all.lens;
  if (!lens || typeof lens !== "object") return {};
  return Object.fromEntries(LENS_ON_EVERY_PAGE.filter((key) => key in lens).map((key) => [key, lens[key]!]));
}

/** The messages every page sends: only the shell's. */
export function shellMessages(all: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of SHELL_NAMESPACES) if (all[namespace]) picked[namespace] = all[namespace];
  picked.lens = everyPageLens(all);
  return picked;
}

/** Every message except the area namespaces, plus the listed areas' whole namespaces. */
export function clientMessages(all: AbstractIntlMessages, areas: readonly AreaNamespace[] = []): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const [namespace, value] of Object.entries(all)) {
    if (!(AREA_NAMESPACES as readonly string[]).includes(namespace) || areas.includes(namespace as AreaNamespace))
      picked[namespace] = value;
  }
  if (!areas.includes("lens")) picked.lens = everyPageLens(all);
  return picked;
}
