-- A document's publication date may be unknown, or known only to the month or year.
-- Existing dates were entered to the day, hence the default.

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- AlterTable
ALTER TABLE "source_documents" ALTER COLUMN "published_on" DROP NOT NULL,
ADD COLUMN     "published_precision" "DatePrecision" NOT NULL DEFAULT 'DAY';
