-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "revoked_session" (
    "sid" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "revoked_session_pkey" PRIMARY KEY ("sid")
);

-- CreateIndex
CREATE INDEX "revoked_session_expiresAt_idx" ON "revoked_session"("expiresAt");

