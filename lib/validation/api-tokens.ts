import { z } from "zod";
import { positiveId, requiredText } from "@/lib/validation/common";

export const API_TOKEN_NAME_MAX = 100;

export const createApiTokenSchema = z.object({
  userId: positiveId("Choose whose read rights the token gets."),
  name: requiredText("Name", API_TOKEN_NAME_MAX),
});

export const revokeApiTokenSchema = z.object({ id: positiveId("Choose a token.") });
