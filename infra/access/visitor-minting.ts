// Who gets a new lens visitor id (the pst_vid cookie, infra/access/visitor-id.ts). Every browser needs one to see
// its own traffic in the lens, but a visitor id is also a slot in the browser-span store: a script that made a new
// one per request (the proxy used to mint one for every cookieless request, span posts included) could push every
// other visitor's browser spans out. So: never on a span post (a page of ours has already given its browser one),
// and at most VISITORS_PER_IP new ids per client address in 10 minutes; past that the request goes on without one.
import { consume } from "../throttle/throttle";

/** Requests that never get a new visitor id: the browser-span posts. */
export function isSpanPost(method: string, pathname: string): boolean {
  return method === "POST" && pathname === "/api/lens/spans";
}

/** May this address be given one more new visitor id now (the "visitor-mint" limit)? Spends one when yes. */
export async function mayMintVisitor(ip: string): Promise<boolean> {
  return (await consume("visitor-mint", ip)) === 0;
}
