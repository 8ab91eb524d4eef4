import { concernsQuery } from "@/lib/api/endpoints";
import { listRoute } from "@/lib/api/routes";
import { apiConcerns } from "@/lib/data/api";

export const GET = listRoute(concernsQuery, apiConcerns);
