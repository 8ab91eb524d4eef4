import { recordRoute } from "@/lib/api/routes";
import { apiDocument } from "@/lib/data/api";

export const GET = recordRoute("document", apiDocument);
