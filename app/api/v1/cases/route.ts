import { casesQuery } from "@/lib/api/endpoints";
import { listRoute } from "@/lib/api/routes";
import { apiCases } from "@/lib/data/api";

export const GET = listRoute(casesQuery, apiCases);
