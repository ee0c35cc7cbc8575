// POST: Vercel Blob's client-upload route (handleUpload): client tokens for an admin's one-photo grant, and the
// store's "upload completed" callback that starts the pipeline. Only with BLOB_READ_WRITE_TOKEN set.
import { withGateway } from "@/serverless/gateway/with-gateway";
import { handleBlobUpload } from "@/serverless/uploads/handle-blob-upload";

export const POST = withGateway({ servedBy: "function:upload-token", auth: "none" }, (request) => handleBlobUpload(request));
