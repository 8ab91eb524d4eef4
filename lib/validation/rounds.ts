import { z } from "zod";
import { date, id, LIMITS, optionalDate, optionalPositiveId, optionalText, requiredText, version } from "@/lib/validation/common";

export const roundSchema = z
  .object({
    kind: z.enum(["HUMAN_RIGHTS_DIALOGUE", "JHA_SUBCOMMITTEE", "OTHER_ENGAGEMENT"], { message: "Choose the kind of meeting." }),
    number: optionalPositiveId("Number must be a whole number from 1 to 999.").refine(
      (value) => value === null || value <= 999,
      "Number must be a whole number from 1 to 999.",
    ),
    title: requiredText("Title", LIMITS.title),
    startDate: date("Start date"),
    endDate: optionalDate("End date"),
    place: optionalText("Place", LIMITS.short),
    format: z.enum(["IN_PERSON", "ONLINE"], { message: "Choose in person or online." }),
    euDelegationHead: optionalText("EU delegation head", LIMITS.delegationHead),
    kzDelegationHead: optionalText("Kazakh delegation head", LIMITS.delegationHead),
    summary: optionalText("Summary", LIMITS.note).transform((value) => value ?? ""),
  })
  .refine((round) => !round.endDate || round.endDate >= round.startDate, { path: ["endDate"], message: "End date cannot be before the start date." });

export const updateRoundSchema = roundSchema.and(z.object({ id, version }));
export const deleteRoundSchema = z.object({ id, version });
