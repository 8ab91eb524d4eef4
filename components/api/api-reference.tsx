// The OpenAPI document, readable: each endpoint with its parameters and the
// fields of its answer (for a download, the file types it comes in). Rendered
// from the same document /api/v1/openapi.json serves.
import { FILE_MEDIA_TYPES } from "@/lib/domain/export-file";

type Schema = { type?: string | string[]; enum?: unknown[]; description?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; default?: unknown; pattern?: string; maximum?: number; minimum?: number };
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema };
type Operation = { summary: string; parameters: Parameter[]; responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }> };

function typeOf(schema: Schema): string {
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" or ");
  if (schema.type === "array") return `list of ${schema.items ? typeOf(schema.items) : "values"}`;
  return Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "value");
}

const FILE_NAMES: Record<string, string> = {
  [FILE_MEDIA_TYPES.csv]: "CSV",
  [FILE_MEDIA_TYPES.json]: "JSON",
  [FILE_MEDIA_TYPES.xlsx]: "Excel",
  [FILE_MEDIA_TYPES.docx]: "Word",
  [FILE_MEDIA_TYPES.pdf]: "PDF",
};

/** The fields of an answer's items (or the record itself). */
function fieldsOf(schema: Schema | undefined): [string, Schema][] {
  const items = schema?.properties?.items?.items;
  return Object.entries((items ?? schema)?.properties ?? {});
}

export function ApiReference({ document }: { document: { paths: Record<string, { get: Operation }> } }) {
  return (
    <div className="space-y-6">
      {Object.entries(document.paths).map(([path, { get }]) => {
        const content = get.responses["200"]?.content ?? {};
        const answer = content["application/json"]?.schema;
        const isList = Boolean(answer?.properties?.items);
        // A download comes in file types besides (or instead of) JSON.
        const files = Object.keys(content).some((type) => type !== "application/json") ? Object.keys(content) : [];
        const fields = fieldsOf(answer);
        const headingId = `endpoint-${path.replace(/\W+/g, "-")}`;
        return (
          <section key={path} aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id={headingId} className="font-mono text-base font-semibold">
              GET {path}
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {get.summary}.{isList ? " A page of items, with nextCursor and links.next for the following page." : ""}
            </p>
            {files.length ? (
              <p className="mt-1 text-sm text-slate-700">
                A file to download, chosen with format:{" "}
                {files.map((type, i) => (
                  <span key={type}>
                    {i ? ", " : ""}
                    {FILE_NAMES[type] ?? type} (<code>{type}</code>)
                  </span>
                ))}
                .
              </p>
            ) : null}
            {get.parameters.length ? (
              <table className="mt-3 w-full text-left text-sm">
                <caption className="sr-only">Parameters of GET {path}</caption>
                <thead className="text-slate-700">
                  <tr>
                    <th scope="col" className="py-1 pr-3">Parameter</th>
                    <th scope="col" className="py-1 pr-3">Values</th>
                    <th scope="col" className="py-1">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {get.parameters.map((p) => (
                    <tr key={p.name} className="border-t border-slate-200 align-top">
                      <th scope="row" className="py-1 pr-3 font-mono font-normal">
                        {p.name}
                        {p.required ? " (required)" : ""}
                      </th>
                      <td className="py-1 pr-3">
                        {typeOf(p.schema)}
                        {p.schema.default !== undefined ? `, default ${String(p.schema.default)}` : ""}
                      </td>
                      <td className="py-1">{p.description ?? (p.in === "path" ? "In the path." : "")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {fields.length ? (
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer text-blue-800 underline underline-offset-4">
                  Fields of {isList ? "each item" : files.length ? "the JSON file" : "the answer"}
                </summary>
                <ul className="mt-2 space-y-1">
                  {fields.map(([name, field]) => (
                    <li key={name}>
                      <code>{name}</code>: {typeOf(field)}
                      {field.description ? ` — ${field.description}` : ""}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
