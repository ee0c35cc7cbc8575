// The OpenAPI viewer's two files (Swagger UI, from the swagger-ui-dist package), served by this server so that
// /architecture/api works with no network beyond it: no CDN, and Swagger UI's stylesheet loads no web fonts.
import { serveViewerFile } from "@/lens/server/serve-viewer-file";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return serveViewerFile((await params).file);
}
