// A TCP port nobody is listening on right now, for a test's own server (the system picks it). `host`: where the
// server will listen (npm start listens on every interface, so a test of it asks for 0.0.0.0).
import net from "node:net";

export async function freePort(host = "127.0.0.1"): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, host, r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}
