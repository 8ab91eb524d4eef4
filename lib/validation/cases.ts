import { z } from "zod";
import { CASE_SITUATIONS } from "@/lib/domain/cases";
import { id, LIMITS, optionalPositiveId, partialDate, positiveId, requiredText, text, version } from "@/lib/validation/common";
import { piece, requirePiece } from "@/lib/validation/statuses";

/** A ticked checkbox sends "on" (or the value it names); an unticked one sends nothing. */
const checkbox = z.unknown().optional().transform((value) => value === "on" || value === "yes" || value === "true" || value === true);

const spellings = text()
  .max(LIMITS.legalReferences, "Other spellings must be at most 2,000 characters.")
  .optional()
  .transform((value) => [...new Set((value ?? "").split("\n").map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(LIMITS.short, "Each spelling must be at most 200 characters.")).max(20, "At most 20 spellings."));

export const caseFields = {
  personName: requiredText("Name or label", LIMITS.title),
  spellings,
  summary: text().trim().max(LIMITS.description, "Summary must be at most 5,000 characters.").optional().transform((v) => v ?? ""),
  sensitive: checkbox,
};

const note = text().trim().max(LIMITS.note, "The note must be at most 5,000 characters.").optional().transform((v) => v ?? "");
/** The case a change is about, and the version the form was opened at (lost-update check). */
const onCase = { caseId: id, version };

/** allowDuplicate: the analyst saw the cases with a similar name and creates this one anyway. */
export const createCaseSchema = z.object({ ...caseFields, allowDuplicate: checkbox });
export const updateCaseSchema = z.object({ ...caseFields, id, version, allowDuplicate: checkbox });
export const deleteCaseSchema = z.object({ id, version });
export const mergeCasesSchema = z
  .object({ sourceId: id, targetId: positiveId("Choose the case to keep."), sourceVersion: version, targetVersion: version })
  .refine((m) => m.sourceId !== m.targetId, { path: ["targetId"], message: "Choose a different case to merge into." });

export const addSituationSchema = z
  .object({
    ...onCase,
    situation: z.enum(CASE_SITUATIONS, { message: "Choose a situation." }),
    asOf: partialDate("Date").refine((value) => value !== null, "Date is required: the day, or the month or year if that is all the text gives."),
    note,
    ...piece,
  })
  .superRefine(requirePiece("this situation"));
export const removeSituationSchema = z.object({ ...onCase, situationId: id });

export const addCaseRoundSchema = z
  .object({ ...onCase, roundId: positiveId("Choose a round."), note, ...piece })
  .superRefine(requirePiece("the case was raised at this round"));
export const removeCaseRoundSchema = z.object({ ...onCase, roundId: positiveId("Choose a round.") });

export const linkConcernSchema = z.object({ ...onCase, concernId: positiveId("Choose a concern.") });

/** What a passage of a document shows about a case: that it was raised at the document's round, or the person's situation. */
export const PASSAGE_RECORDS = ["ROUND", "SITUATION"] as const;

/**
 * A new case recorded from a passage in the workspace, with the round it was
 * raised at or its situation, in one step (so a refused quote leaves no case behind).
 */
export const createCaseFromPassageSchema = z
  .object({
    ...caseFields,
    allowDuplicate: checkbox,
    record: z.enum(PASSAGE_RECORDS, { message: "Choose what the passage shows." }),
    roundId: optionalPositiveId("Choose a round."),
    situation: z.union([z.literal(""), z.enum(CASE_SITUATIONS, { message: "Choose a situation." })]).optional().transform((v) => v || null),
    asOf: partialDate("Date"),
    note,
    ...piece,
  })
  .superRefine((value, ctx) => {
    requirePiece(value.record === "ROUND" ? "the case was raised at this round" : "this situation")(value, ctx);
    if (value.record === "ROUND" && !value.roundId) ctx.addIssue({ code: "custom", path: ["roundId"], message: "Choose a round." });
    if (value.record === "SITUATION" && !value.situation) ctx.addIssue({ code: "custom", path: ["situation"], message: "Choose a situation." });
    if (value.record === "SITUATION" && !value.asOf) {
      ctx.addIssue({ code: "custom", path: ["asOf"], message: "Date is required: the day, or the month or year if that is all the text gives." });
    }
  });
