import { recordRoute } from "@/lib/api/routes";
import { apiCase } from "@/lib/data/api";

export const GET = recordRoute("case", apiCase);
