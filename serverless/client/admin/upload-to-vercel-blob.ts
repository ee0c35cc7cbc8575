// With Vercel Blob (the server set BLOB_READ_WRITE_TOKEN): the photo goes from this browser straight to the Blob
// store through the SDK's client upload — upload() asks our handleUpload route for a client token (the admin and
// the one-photo grant are checked there), then PUTs the bytes to the store. The store calls our route back when
// the object is committed; because that callback cannot reach an app without a public address (a laptop), the
// browser also says "finished" itself. Either starts the one pipeline run for the photo.
// ARCH: the monolith's browser posts the whole form to its own server; here the app server never sees the bytes.
export type BlobGrant = { imageId: string; key: string; handleUploadUrl: string; clientPayload: string };

export async function uploadToVercelBlob(grant: BlobGrant, file: File, onProgress: (fraction: number) => void): Promise<void> {
  // Loaded only on this path: the local store does not need the SDK in the page.
  const { upload } = await import("@vercel/blob/client");
  await upload(grant.key, file, {
    access: "public",
    handleUploadUrl: grant.handleUploadUrl,
    clientPayload: grant.clientPayload,
    contentType: file.type || "application/octet-stream",
    onUploadProgress: (e) => onProgress(e.percentage / 100),
  });
  const res = await fetch(grant.handleUploadUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ type: "pst.upload-finished", payload: { pathname: grant.key, clientPayload: grant.clientPayload } }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The upload could not be finished (HTTP ${res.status}).`);
  }
}
