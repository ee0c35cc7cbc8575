// PUT: the local blob store receives one photo with its upload token, then emits "upload completed".
import { withGateway } from "@/serverless/gateway/with-gateway";
import { receiveClientUpload } from "@/serverless/uploads/receive-client-upload";

export const PUT = withGateway<{ imageId: string }>({ servedBy: "blob-storage", auth: "none" }, (request, ctx) =>
  receiveClientUpload(request, ctx.params.imageId),
);
