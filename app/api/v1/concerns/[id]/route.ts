import { recordRoute } from "@/lib/api/routes";
import { apiConcern } from "@/lib/data/api";

export const GET = recordRoute("concern", apiConcern);
