import { statusesQuery } from "@/lib/api/endpoints";
import { listRoute } from "@/lib/api/routes";
import { apiStatuses } from "@/lib/data/api";

export const GET = listRoute(statusesQuery, apiStatuses);
