// Sends the photo's bytes to storage with XMLHttpRequest, because fetch() cannot report upload progress.
// ARCH: the monolith's browser posts the whole form to its own server; here the bytes go straight to the
// object store with the short-lived upload token, and the app server never relays them.
export type UploadAnswer = { status: number; body: unknown };

export function uploadWithProgress(url: string, token: string, file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", url);
    xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        // a proxy's HTML error page: the status still tells what happened
      }
      onProgress(1);
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    xhr.send(file);
  });
}
