import { z } from "zod";
import { STATUSES } from "@/lib/domain/status";
import { concernFields } from "@/lib/validation/concerns";
import { id, idList, LIMITS, optionalPositiveId, text, version } from "@/lib/validation/common";

/** Fewer characters than this cannot identify a passage ("EU", "."), so they prove nothing. */
export const MIN_QUOTE_CHARS = 15;

const quote = text()
  .trim()
  .max(LIMITS.quote, "The quote must be at most 2,000 characters.")
  .refine((v) => v === "" || [...v].length >= MIN_QUOTE_CHARS, `The quote must be at least ${MIN_QUOTE_CHARS} characters, enough to identify the passage.`)
  .optional()
  .transform((v) => v || null);
const documentId = optionalPositiveId("Choose the document the quote comes from.");
const translation = text().trim().max(LIMITS.quote, "The translation must be at most 2,000 characters.").optional().transform((v) => v ?? "");

/** One piece of evidence as a form sends it: quote, its document, an optional translation. */
export const piece = { quote, documentId, translation };

const assessment = {
  status: z.enum(STATUSES, { message: "Choose a status." }),
  note: text().trim().max(LIMITS.note, "The note must be at most 5,000 characters.").optional().transform((v) => v ?? ""),
  ...piece,
};

type PieceInput = { quote: string | null; documentId: number | null };

// A quote needs its document and a document its quote, whatever the status.
function completePiece(value: PieceInput, ctx: z.RefinementCtx) {
  if (value.quote && !value.documentId) ctx.addIssue({ code: "custom", path: ["documentId"], message: "Choose the document the quote comes from." });
  if (value.documentId && !value.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "Paste the passage of this document that shows the status." });
}

// NOT_RAISED is "not mentioned": there is nothing to quote. Every other status needs its proof.
function requireEvidence(value: PieceInput & { status: string }, ctx: z.RefinementCtx) {
  if (value.status !== "NOT_RAISED" && !value.quote && !value.documentId) {
    ctx.addIssue({ code: "custom", path: ["quote"], message: "Paste the passage that shows this status." });
    ctx.addIssue({ code: "custom", path: ["documentId"], message: "Choose the document the quote comes from." });
  }
  completePiece(value, ctx);
}

export const setStatusSchema = z.object({ concernId: id, roundId: id, ...assessment }).superRefine(requireEvidence);
/** An edit may add a piece of evidence at the same time; it must when the status has none yet (checked by the action). */
export const updateStatusSchema = z.object({ id, version, ...assessment }).superRefine(completePiece);
export const deleteStatusSchema = z.object({ id, version });

/** Another source for an existing status, e.g. the same passage in a Russian text. */
/** A piece that must be there, e.g. another source for a status, or the proof of a case's situation. */
export const requirePiece = (what: string) => (value: PieceInput, ctx: z.RefinementCtx) => {
  if (!value.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: `Paste the passage that shows ${what}.` });
  if (!value.documentId) ctx.addIssue({ code: "custom", path: ["documentId"], message: "Choose the document the quote comes from." });
};

export const addEvidenceSchema = z.object({ statusId: id, ...piece }).superRefine(requirePiece("this status"));
export const removeEvidenceSchema = z.object({ id });

/** A new concern whose first evidence is a passage of a document. */
export const concernFromPassageSchema = z
  .object({ ...concernFields, roundId: id, ...assessment })
  .superRefine(requireEvidence);

export const markNotRaisedSchema = z.object({
  roundId: id,
  concernIds: idList.pipe(z.array(z.number()).min(1, "Choose at least one concern.").max(2000, "At most 2,000 concerns at once.")),
});
/** Undo of one markNotRaised: exactly the rows it created. */
export const undoNotRaisedSchema = z.object({
  roundId: id,
  statusIds: idList.pipe(z.array(z.number()).min(1, "Nothing to undo.").max(2000, "At most 2,000 statuses at once.")),
});

export const suggestSchema = z.object({
  passage: text().trim().min(1, "Select or paste a passage first.").max(LIMITS.quote, "The passage must be at most 2,000 characters."),
  roundId: id,
  /** The passage's document: its language picks the full-text configuration. */
  documentId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive("Choose a document.")]).optional().transform((v) => v ?? null),
  /** The analyst's own translation of the passage, searched too. */
  translation: z.string().trim().max(LIMITS.quote, "The translation must be at most 2,000 characters.").optional().transform((v) => v || null),
});
