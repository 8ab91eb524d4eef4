import { z } from "zod";
import { httpUrl, id, idList, LIMITS, partialDate, requiredText, version } from "@/lib/validation/common";

const metadata = {
  title: requiredText("Title", LIMITS.title),
  publisher: requiredText("Publisher", LIMITS.short),
  url: httpUrl,
  publishedOn: partialDate("Publication date"),
  language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Language must be a code such as en, ru or kk.").max(LIMITS.language, "Language must be a code such as en, ru or kk.").default("en"),
  roundIds: idList,
};

export const createDocumentSchema = z.object({ ...metadata, text: requiredText("Text", LIMITS.documentText) });
// The text is optional on update: only sent when the analyst edits it.
export const updateDocumentSchema = z.object({ ...metadata, id, version, text: requiredText("Text", LIMITS.documentText).optional() });
export const deleteDocumentSchema = z.object({ id, version });
