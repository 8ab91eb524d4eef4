import { themesQuery } from "@/lib/api/endpoints";
import { listRoute } from "@/lib/api/routes";
import { apiThemes } from "@/lib/data/api";

export const GET = listRoute(themesQuery, apiThemes);
