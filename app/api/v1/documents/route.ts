import { documentsQuery } from "@/lib/api/endpoints";
import { listRoute } from "@/lib/api/routes";
import { apiDocuments } from "@/lib/data/api";

export const GET = listRoute(documentsQuery, apiDocuments);
