// The text-search configuration of a language is one table, in
// lib/domain/search-language.ts and in its SQL twin dt_ts_config(), which the
// generated tsvector columns use. This test holds the two together.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TEXT_SEARCH_CONFIGS, textSearchConfig } from "@/lib/domain/search-language";

const TAGS = [...Object.keys(TEXT_SEARCH_CONFIGS), "EN", "ru-RU", "en-GB", "it-CH", "kk", "kk-KZ", "uz", "zh-Hans", "", "e", "english"];

describe("dt_ts_config and textSearchConfig", () => {
  it("give the same configuration for every language tag", async () => {
    const rows = await db.$queryRaw<{ config: string }[]>`SELECT dt_ts_config(t)::text AS config FROM unnest(${TAGS}::text[]) WITH ORDINALITY u(t, i) ORDER BY i`;
    expect(rows.map((r) => r.config)).toEqual(TAGS.map(textSearchConfig));
  });

  it("name only configurations PostgreSQL has, and stem a document in its language", async () => {
    const names = [...new Set(Object.values(TEXT_SEARCH_CONFIGS))];
    const rows = await db.$queryRaw<{ cfgname: string }[]>`SELECT cfgname FROM pg_ts_config WHERE cfgname = ANY(${names}::text[])`;
    expect(rows.map((r) => r.cfgname).sort()).toEqual(names.sort());
    const document = await db.sourceDocument.create({ data: { title: "Заявление", publisher: "EEAS", language: "ru", text: "Журналистов преследуют." }, select: { id: true } });
    const [row] = await db.$queryRaw<{ vector: string }[]>`SELECT search_vector::text AS vector FROM source_documents WHERE id = ${document.id}`;
    expect(row!.vector).toContain("'журналист'");
  });
});
