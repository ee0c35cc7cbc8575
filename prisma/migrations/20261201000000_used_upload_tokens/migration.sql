-- CreateTable
CREATE TABLE "UsedUploadToken" (
    "jti" TEXT NOT NULL PRIMARY KEY,
    "imageId" TEXT NOT NULL,
    "usedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "UsedUploadToken_imageId_key" ON "UsedUploadToken"("imageId");

-- CreateIndex
CREATE INDEX "UsedUploadToken_usedAt_idx" ON "UsedUploadToken"("usedAt");
