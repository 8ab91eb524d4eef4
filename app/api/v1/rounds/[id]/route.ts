import { recordRoute } from "@/lib/api/routes";
import { apiRound } from "@/lib/data/api";

export const GET = recordRoute("round", apiRound);
