import { z } from "zod";
import { id, LIMITS, optionalPositiveId, positiveId, requiredText, text, version } from "@/lib/validation/common";

const legalReferences = text()
  .max(LIMITS.legalReferences, "Legal references must be at most 2,000 characters.")
  .optional()
  .transform((value) => (value ?? "").split(/\n|;/).map((ref) => ref.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(LIMITS.short, "Each legal reference must be at most 200 characters.")).max(20, "At most 20 legal references."));

const optionalId = optionalPositiveId("Choose a round, or leave it empty.");

export const concernFields = {
  title: requiredText("Title", LIMITS.title),
  description: text().trim().max(LIMITS.description, "Description must be at most 5,000 characters.").optional().transform((v) => v ?? ""),
  themeId: positiveId("Choose a theme."),
  legalReferences,
  firstRaisedRoundId: optionalId,
};

export const createConcernSchema = z.object(concernFields);
export const updateConcernSchema = z.object({ ...concernFields, id, version });
export const deleteConcernSchema = z.object({ id, version });
export const mergeConcernsSchema = z
  .object({ sourceId: id, targetId: positiveId("Choose the concern to keep."), sourceVersion: version, targetVersion: version })
  .refine((m) => m.sourceId !== m.targetId, { path: ["targetId"], message: "Choose a different concern to merge into." });
