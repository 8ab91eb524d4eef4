import { z } from "zod";
import { id, version } from "@/lib/validation/common";

/** The one-click fix on "Data to check": the concern and the version the page showed. */
export const fixFirstRaisedSchema = z.object({ id, version });
