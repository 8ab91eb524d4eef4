import { z } from "zod";
import { STATUSES } from "@/lib/domain/status";
import { concernFields } from "@/lib/validation/concerns";
import { id, LIMITS, version } from "@/lib/validation/common";

const evidence = {
  status: z.enum(STATUSES, { message: "Choose a status." }),
  quote: z.string().trim().max(LIMITS.quote, "The quote must be at most 2,000 characters.").optional().transform((v) => v || null),
  documentId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]).optional().transform((v) => v ?? null),
  note: z.string().trim().max(LIMITS.note, "The note must be at most 5,000 characters.").optional().transform((v) => v ?? ""),
};

// NOT_RAISED is "not mentioned": there is nothing to quote. Every other status needs its proof.
function requireEvidence(value: { status: string; quote: string | null; documentId: number | null }, ctx: z.RefinementCtx) {
  if (value.status === "NOT_RAISED") return;
  if (!value.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "Paste the passage that shows this status." });
  if (!value.documentId) ctx.addIssue({ code: "custom", path: ["documentId"], message: "Choose the document the quote comes from." });
}

export const setStatusSchema = z.object({ concernId: id, roundId: id, ...evidence }).superRefine(requireEvidence);
export const updateStatusSchema = z.object({ id, version, ...evidence }).superRefine(requireEvidence);
export const deleteStatusSchema = z.object({ id, version });

/** A new concern whose first evidence is a passage of a document. */
export const concernFromPassageSchema = z
  .object({ ...concernFields, roundId: id, ...evidence })
  .superRefine(requireEvidence);

export const markNotRaisedSchema = z.object({
  roundId: id,
  concernIds: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).map(Number))
    .pipe(z.array(z.number().int().positive()).min(1, "Choose at least one concern.").max(500)),
});

export const suggestSchema = z.object({ passage: z.string().trim().min(1, "Select or paste a passage first.").max(LIMITS.quote, "The passage must be at most 2,000 characters."), roundId: id });
