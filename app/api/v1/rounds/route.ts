import { roundsQuery } from "@/lib/api/endpoints";
import { listRoute } from "@/lib/api/routes";
import { apiRounds } from "@/lib/data/api";

export const GET = listRoute(roundsQuery, apiRounds);
