import { z } from "zod";
import { id, idList, optionalPositiveId, positiveId, version } from "@/lib/validation/common";
import { piece, requirePiece } from "@/lib/validation/statuses";

/** What a handed-over list holds: its size and the cases on it when a text says so, and the quote that it was handed over. */
const listFields = {
  size: optionalPositiveId("Enter the number of cases on the list, or leave it empty when no text gives it."),
  caseIds: idList,
  ...piece,
};
const proof = requirePiece("the list was handed over at this round");

export const createHandedOverListSchema = z.object({ roundId: positiveId("Choose a round."), ...listFields }).superRefine(proof);
export const updateHandedOverListSchema = z.object({ id, version, ...listFields }).superRefine(proof);
export const deleteHandedOverListSchema = z.object({ id, version });
