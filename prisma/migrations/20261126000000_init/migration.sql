-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('officer', 'analyst', 'admin');

-- CreateEnum
CREATE TYPE "PartnerCategory" AS ENUM ('vocational-training', 'incubator', 'public-institution', 'ngo', 'finance', 'key-actor', 'wage-employment', 'vulnerable-protection');

-- CreateEnum
CREATE TYPE "ReturneeExperience" AS ENUM ('yes', 'past', 'no', 'unknown');

-- CreateEnum
CREATE TYPE "CapacityKind" AS ENUM ('absorption', 'total', 'returnee');

-- CreateEnum
CREATE TYPE "CapacityPeriod" AS ENUM ('year', 'cohort', 'month', 'total');

-- CreateEnum
CREATE TYPE "RecordStatus" AS ENUM ('active', 'archived');

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'officer',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "userId" INTEGER,
    "changes" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "number" INTEGER,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "acronym" TEXT,
    "category" "PartnerCategory" NOT NULL,
    "categoryHeading" TEXT NOT NULL,
    "sectionHeading" TEXT NOT NULL,
    "country" TEXT,
    "national" BOOLEAN NOT NULL DEFAULT false,
    "regionText" TEXT,
    "cities" TEXT[],
    "cityText" TEXT,
    "structureType" TEXT,
    "supportTypes" TEXT[],
    "founded" INTEGER,
    "insertionText" TEXT,
    "insertionRate" DOUBLE PRECISION,
    "insertionYear" INTEGER,
    "returneeExperience" "ReturneeExperience" NOT NULL DEFAULT 'unknown',
    "returneeEvidence" TEXT,
    "costs" TEXT,
    "challenges" TEXT,
    "perspectives" TEXT,
    "websites" TEXT[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "sourceStart" INTEGER,
    "sourceEnd" INTEGER,
    "status" "RecordStatus" NOT NULL DEFAULT 'active',
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedFields" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_region" (
    "partnerId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "organization_region_pkey" PRIMARY KEY ("partnerId","regionId")
);

-- CreateTable
CREATE TABLE "capacity" (
    "id" SERIAL NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "kind" "CapacityKind" NOT NULL,
    "text" TEXT NOT NULL,
    "min" INTEGER,
    "max" INTEGER,
    "unit" TEXT,
    "period" "CapacityPeriod",
    "unlimited" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "capacity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training" (
    "id" SERIAL NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "durationMonths" DOUBLE PRECISION,

    CONSTRAINT "training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "funder" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fullName" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'other',

    CONSTRAINT "funder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "funding" (
    "id" SERIAL NOT NULL,
    "partnerId" INTEGER NOT NULL,
    "funderId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "programme" TEXT,

    CONSTRAINT "funding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact" (
    "id" SERIAL NOT NULL,
    "partnerId" INTEGER,
    "donorId" INTEGER,
    "position" INTEGER NOT NULL,
    "name" TEXT,
    "role" TEXT,
    "emails" TEXT[],

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phone" (
    "id" SERIAL NOT NULL,
    "contactId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "number" TEXT,

    CONSTRAINT "phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fiche_section" (
    "id" SERIAL NOT NULL,
    "partnerId" INTEGER,
    "donorId" INTEGER,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "startLine" INTEGER,
    "endLine" INTEGER,

    CONSTRAINT "fiche_section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fiche_field" (
    "id" SERIAL NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT,
    "label" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "startLine" INTEGER,
    "endLine" INTEGER,

    CONSTRAINT "fiche_field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "donor" (
    "id" SERIAL NOT NULL,
    "number" INTEGER,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "acronym" TEXT,
    "country" TEXT,
    "national" BOOLEAN NOT NULL DEFAULT false,
    "regionText" TEXT,
    "themes" TEXT[],
    "anchoring" TEXT,
    "referral" TEXT,
    "perspectives" TEXT,
    "remarks" TEXT,
    "websites" TEXT[],
    "funderId" INTEGER,
    "sourceStart" INTEGER,
    "sourceEnd" INTEGER,
    "status" "RecordStatus" NOT NULL DEFAULT 'active',
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedFields" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "donor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "donor_region" (
    "donorId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "donor_region_pkey" PRIMARY KEY ("donorId","regionId")
);

-- CreateTable
CREATE TABLE "project" (
    "id" SERIAL NOT NULL,
    "donorId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "theme" TEXT,
    "summary" TEXT,
    "duration" TEXT,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "national" BOOLEAN NOT NULL DEFAULT false,
    "zoneText" TEXT,
    "budgetAmount" DECIMAL(20,2),
    "budgetCurrency" TEXT,
    "budgetText" TEXT,
    "startLine" INTEGER,
    "endLine" INTEGER,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_region" (
    "projectId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "project_region_pkey" PRIMARY KEY ("projectId","regionId")
);

-- CreateTable
CREATE TABLE "interview" (
    "id" SERIAL NOT NULL,
    "position" INTEGER NOT NULL,
    "actorType" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "date" DATE,
    "duplicate" BOOLEAN NOT NULL DEFAULT false,
    "startLine" INTEGER,
    "endLine" INTEGER,

    CONSTRAINT "interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_document" (
    "id" SERIAL NOT NULL,
    "position" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "year" INTEGER,
    "title" TEXT NOT NULL,
    "startLine" INTEGER,
    "endLine" INTEGER,

    CONSTRAINT "source_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seed_run" (
    "id" SERIAL NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "audit_entry_entityType_entityId_createdAt_idx" ON "audit_entry"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "region_slug_key" ON "region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "region_name_key" ON "region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "organization_number_key" ON "organization"("number");

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE INDEX "organization_category_idx" ON "organization"("category");

-- CreateIndex
CREATE INDEX "organization_returneeExperience_idx" ON "organization"("returneeExperience");

-- CreateIndex
CREATE INDEX "organization_status_idx" ON "organization"("status");

-- CreateIndex
CREATE INDEX "organization_insertionRate_idx" ON "organization"("insertionRate");

-- CreateIndex
CREATE INDEX "organization_region_regionId_idx" ON "organization_region"("regionId");

-- CreateIndex
CREATE INDEX "capacity_kind_max_idx" ON "capacity"("kind", "max");

-- CreateIndex
CREATE UNIQUE INDEX "capacity_partnerId_kind_key" ON "capacity"("partnerId", "kind");

-- CreateIndex
CREATE INDEX "training_partnerId_idx" ON "training"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "funder_slug_key" ON "funder"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "funder_name_key" ON "funder"("name");

-- CreateIndex
CREATE INDEX "funding_funderId_idx" ON "funding"("funderId");

-- CreateIndex
CREATE UNIQUE INDEX "funding_partnerId_funderId_current_key" ON "funding"("partnerId", "funderId", "current");

-- CreateIndex
CREATE INDEX "contact_partnerId_idx" ON "contact"("partnerId");

-- CreateIndex
CREATE INDEX "contact_donorId_idx" ON "contact"("donorId");

-- CreateIndex
CREATE INDEX "phone_contactId_idx" ON "phone"("contactId");

-- CreateIndex
CREATE INDEX "fiche_section_partnerId_idx" ON "fiche_section"("partnerId");

-- CreateIndex
CREATE INDEX "fiche_section_donorId_idx" ON "fiche_section"("donorId");

-- CreateIndex
CREATE INDEX "fiche_field_sectionId_idx" ON "fiche_field"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "donor_number_key" ON "donor"("number");

-- CreateIndex
CREATE UNIQUE INDEX "donor_slug_key" ON "donor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "donor_funderId_key" ON "donor"("funderId");

-- CreateIndex
CREATE INDEX "donor_region_regionId_idx" ON "donor_region"("regionId");

-- CreateIndex
CREATE INDEX "project_donorId_idx" ON "project"("donorId");

-- CreateIndex
CREATE INDEX "project_region_regionId_idx" ON "project_region"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "interview_position_key" ON "interview"("position");

-- CreateIndex
CREATE UNIQUE INDEX "source_document_position_key" ON "source_document"("position");

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_region" ADD CONSTRAINT "organization_region_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_region" ADD CONSTRAINT "organization_region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "capacity" ADD CONSTRAINT "capacity_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training" ADD CONSTRAINT "training_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding" ADD CONSTRAINT "funding_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding" ADD CONSTRAINT "funding_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "funder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_donorId_fkey" FOREIGN KEY ("donorId") REFERENCES "donor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phone" ADD CONSTRAINT "phone_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fiche_section" ADD CONSTRAINT "fiche_section_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fiche_section" ADD CONSTRAINT "fiche_section_donorId_fkey" FOREIGN KEY ("donorId") REFERENCES "donor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fiche_field" ADD CONSTRAINT "fiche_field_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "fiche_section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "donor" ADD CONSTRAINT "donor_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "funder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "donor_region" ADD CONSTRAINT "donor_region_donorId_fkey" FOREIGN KEY ("donorId") REFERENCES "donor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "donor_region" ADD CONSTRAINT "donor_region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_donorId_fkey" FOREIGN KEY ("donorId") REFERENCES "donor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_region" ADD CONSTRAINT "project_region_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_region" ADD CONSTRAINT "project_region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

