-- A living directory (issue 10): the report's editions, staged imports of new editions,
-- corrections suggested from the field, and each fiche's source edition, report values and last verification.

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('staged', 'applied', 'discarded');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('pending', 'accepted', 'rejected');

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "editionId" INTEGER,
ADD COLUMN     "report" JSON,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "edition" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "interviewsFrom" DATE,
    "interviewsTo" DATE,
    "pages" JSONB NOT NULL,
    "intros" JSONB NOT NULL,
    "counts" JSONB NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'seed',
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "edition_import" (
    "id" SERIAL NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "title" TEXT,
    "status" "ImportStatus" NOT NULL DEFAULT 'staged',
    "summary" JSONB NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "editionId" INTEGER,

    CONSTRAINT "edition_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion" (
    "id" SERIAL NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "currentValue" TEXT NOT NULL,
    "proposedValue" TEXT NOT NULL,
    "comment" TEXT,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'pending',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "appliedVersion" INTEGER,

    CONSTRAINT "suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "edition_sourceHash_key" ON "edition"("sourceHash");

-- CreateIndex
CREATE INDEX "edition_import_status_createdAt_idx" ON "edition_import"("status", "createdAt");

-- CreateIndex
CREATE INDEX "suggestion_status_createdAt_idx" ON "suggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "suggestion_partnerId_idx" ON "suggestion"("partnerId");

-- CreateIndex
CREATE INDEX "suggestion_createdById_createdAt_idx" ON "suggestion"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "organization_verifiedAt_idx" ON "organization"("verifiedAt");

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "edition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_import" ADD CONSTRAINT "edition_import_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_import" ADD CONSTRAINT "edition_import_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_import" ADD CONSTRAINT "edition_import_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "edition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

