// POST: an admin gets a short-lived token to upload one photo straight to storage (client upload).
import { withGateway } from "@/serverless/gateway/with-gateway";
import { issueUploadToken } from "@/serverless/uploads/issue-upload-token";

export const POST = withGateway({ servedBy: "function:upload-token", auth: "none" }, (request) => issueUploadToken(request));
