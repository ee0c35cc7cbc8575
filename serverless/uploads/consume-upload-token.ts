import "server-only";
// An upload token works once. Its id is recorded in the database before a byte of the photo is written; the
// primary key makes that atomic, so of two PUTs with the same token (a replay, a double click) exactly one gets
// through, and the other is refused with 409 having written nothing — it can never overwrite a stored original.
import { Prisma } from "@prisma/client";
import { AppError } from "../../core/errors/app-error";
import { prisma } from "../../infra/db/prisma-client";

export async function consumeUploadToken(grant: { jti: string; imageId: string }): Promise<void> {
  try {
    await prisma.usedUploadToken.create({ data: { jti: grant.jti, imageId: grant.imageId } });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw AppError.of("conflict", "upload.alreadyUploadedStartNew");
    }
    throw e;
  }
}
