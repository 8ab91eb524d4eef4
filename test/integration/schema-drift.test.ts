// Fails when prisma/schema.prisma and the hand-written migrations disagree:
// migrates an empty database, then compares tables, columns, types, nullability,
// enums, primary keys, indexes and foreign keys with the schema's datamodel
// (lib/generated/dmmf.json, written by `npm run db:generate`).
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "@/lib/database/migrations";
import { createDatabaseOn } from "@/test/support/test-database";

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[]; primaryKey: { fields: string[] } | null };
type Dmmf = {
  enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
  models: DmmfModel[];
  indexes: { model: string; type: "id" | "unique" | "normal"; algorithm?: string; fields: { name: string }[] }[];
};

const dmmf = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../lib/generated/dmmf.json"), "utf8")) as Dmmf;

// The datamodel leaves out Unsupported("…") fields (the search tsvectors), so they are read from the schema itself.
const schemaText = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
for (const [, modelName, body] of schemaText.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
  const model = dmmf.models.find((m) => m.name === modelName)!;
  for (const [, name, type, optional, column] of body!.matchAll(/^\s+(\w+)\s+Unsupported\("(\w+)"\)(\?)?.*?(?:@map\("(\w+)"\))?$/gm)) {
    model.fields.push({ name: name!, dbName: column ?? null, kind: "scalar", type: `Unsupported:${type}`, isList: false, isRequired: !optional, nativeType: null });
  }
}
const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (m: DmmfModel, fieldName: string) => {
  const f = m.fields.find((x) => x.name === fieldName);
  if (!f) throw new Error(`${m.name}.${fieldName} not in datamodel`);
  return f.dbName ?? f.name;
};
const modelByName = new Map(dmmf.models.map((m) => [m.name, m]));

/** The PostgreSQL type Prisma creates for a scalar field, as format_type() prints it. */
function expectedType(field: DmmfField): string {
  if (field.kind === "enum") {
    const e = dmmf.enums.find((x) => x.name === field.type)!;
    return `"${e.dbName ?? e.name}"`;
  }
  const native = field.nativeType;
  let base: string;
  if (native) {
    const [name, args] = native;
    const arg = args.length ? `(${args.join(",")})` : "";
    base =
      {
        Timestamptz: `timestamp${arg} with time zone`,
        Timestamp: `timestamp${arg} without time zone`,
        Date: "date",
        VarChar: `character varying${arg}`,
        Text: "text",
        Uuid: "uuid",
      }[name] ?? `${name.toLowerCase()}${arg}`;
  } else if (field.type.startsWith("Unsupported:")) {
    base = field.type.slice("Unsupported:".length);
  } else {
    base = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Boolean: "boolean",
      DateTime: "timestamp(3) without time zone",
      Json: "jsonb",
      Float: "double precision",
      Decimal: "numeric(65,30)",
      Bytes: "bytea",
    }[field.type]!;
  }
  return field.isList ? `${base}[]` : base;
}

describe("schema.prisma and the migrations", () => {
  let client: pg.Client;
  beforeAll(async () => {
    const url = await createDatabaseOn(inject("serverUrl"), "schema_drift");
    await migrate(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    return () => client.end();
  });

  it("have the same tables", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.models.map(tableOf).sort());
  });

  it("have the same columns, types and nullability", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string; type: string; not_null: boolean }>(
      `SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
    );
    const actual = rows.map((r) => `${r.table_name}.${r.column_name}: ${r.type}${r.not_null ? " NOT NULL" : ""}`).sort();
    const expected = dmmf.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind !== "object")
          // Prisma creates list columns without NOT NULL.
          .map((f) => `${tableOf(m)}.${f.dbName ?? f.name}: ${expectedType(f)}${f.isRequired && !f.isList ? " NOT NULL" : ""}`),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it("have the same enums, values in the same order", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(dmmf.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    expect(actual).toEqual(expected);
  });

  it("have the same primary keys, unique constraints and indexes", async () => {
    const { rows } = await client.query<{ table_name: string; columns: string[]; is_unique: boolean; is_primary: boolean; method: string }>(
      `SELECT t.relname AS table_name, i.indisunique AS is_unique, i.indisprimary AS is_primary, am.amname AS method,
              array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ix ON ix.oid = i.indexrelid
         JOIN pg_am am ON am.oid = ix.relam JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const describe = (table: string, kind: string, columns: string[]) => `${table} ${kind} (${columns.join(", ")})`;
    const actual = rows
      .map((r) => describe(r.table_name, r.is_primary ? "PRIMARY" : r.is_unique ? "UNIQUE" : r.method, r.columns))
      .sort();
    const expected = dmmf.indexes
      .map((ix) => {
        const model = modelByName.get(ix.model)!;
        const kind = ix.type === "id" ? "PRIMARY" : ix.type === "unique" ? "UNIQUE" : (ix.algorithm?.toLowerCase() ?? "btree");
        return describe(tableOf(model), kind, ix.fields.map((f) => columnOf(model, f.name)));
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it("have the same foreign keys and delete rules", async () => {
    const { rows } = await client.query<{ table_name: string; columns: string[]; target: string; target_columns: string[]; on_delete: string }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS target,
              array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns,
              array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS target_columns,
              c.confdeltype AS on_delete
         FROM pg_constraint c WHERE c.contype = 'f'`,
    );
    const RULES: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
    const describe = (t: string, cols: string[], target: string, targetCols: string[], onDelete: string) =>
      `${t}(${cols.join(", ")}) -> ${target}(${targetCols.join(", ")}) ON DELETE ${onDelete}`;
    const actual = rows
      .map((r) => describe(r.table_name.replace(/"/g, ""), r.columns, r.target.replace(/"/g, ""), r.target_columns, RULES[r.on_delete]!))
      .sort();
    const expected = dmmf.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind === "object" && f.relationFromFields?.length)
          .map((f) => {
            const target = modelByName.get(f.type)!;
            const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
            return describe(
              tableOf(m),
              f.relationFromFields!.map((n) => columnOf(m, n)),
              tableOf(target),
              f.relationToFields!.map((n) => columnOf(target, n)),
              onDelete,
            );
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
