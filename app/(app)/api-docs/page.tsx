import type { Metadata } from "next";
import { ApiReference } from "@/components/api/api-reference";
import { openApiDocument } from "@/lib/api/openapi";
import { requirePageUser } from "@/lib/auth/authorized";

export const metadata: Metadata = { title: "API" };

export default async function ApiDocsPage() {
  await requirePageUser();
  const document = openApiDocument("/");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Read API</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          Programs read the record as JSON under <code>/api/v1/</code>, with an API token an admin creates (<code>Authorization: Bearer …</code>) or
          a browser session. Every list is paged with cursors and takes the same filters as the pages; every item has a stable id and the URL of its
          page. Errors are problem details (<code>application/problem+json</code>) with a plain <code>detail</code>. The machine-readable description
          is the{" "}
          <a href="/api/v1/openapi.json" className="text-blue-800 underline underline-offset-4">
            OpenAPI 3.1 document
          </a>
          .
        </p>
      </div>
      <ApiReference document={document as unknown as Parameters<typeof ApiReference>[0]["document"]} />
    </div>
  );
}
