// A simulated room on one machine: each phone sends from its own loopback address (127.0.x.y — Linux routes all of
// 127/8 to lo; a client picks its address with `localAddress`), so the per-address limits see one device per phone.
import net from "node:net";

/** The i-th phone's address: 127.0.1.1 … 127.0.1.250, then 127.0.2.1 … */
export const loopbackAddressOf = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;

/** Whether this machine can send from 127.0.x.y (Linux: yes; macOS has only 127.0.0.1 unless aliased). */
export async function loopbackRangeWorks(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(0, "127.0.1.2", () => s.close(() => resolve(true)));
  });
}
