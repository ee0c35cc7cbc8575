import "server-only";
// Serves one of the OpenAPI viewer's files from node_modules/swagger-ui-dist: only the two the page loads (no path
// from the request reaches the file system), cached for a day (the package's version changes them).
import { readFile } from "node:fs/promises";
import path from "node:path";

const FILES: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

export async function serveViewerFile(file: string): Promise<Response> {
  const type = FILES[file];
  if (!type) return Response.json({ error: { code: "not_found", message: "No such file." } }, { status: 404 });
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", file));
  return new Response(new Uint8Array(body), { headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" } });
}
