// The text-search configuration of a language is one table, in
// lib/domain/search-language.ts and in its SQL twin dt_ts_config(), which the
// generated tsvector columns use; so is the language a note or a translation is
// written in, textLanguageOf() and dt_text_language(). This test holds each pair together.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TEXT_SEARCH_CONFIGS, textConfigOf, textLanguageOf, textSearchConfig } from "@/lib/domain/search-language";

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

/** Texts with no language tag, and the language their script tells. */
const UNTAGGED: [string, string][] = [
  ["", "en"],
  ["274 — 2025.", "en"],
  ["The EU raised torture prevention.", "en"],
  ["Médiation à Genève, conférence de presse", "en"],
  ["Задержаны журналисты, освещавшие протесты.", "ru"],
  ["ЁЛКА и ёж", "ru"],
  ["ЕО журналистерді жалған ақпарат таратқаны үшін қудалауға алаңдаушылық білдірді.", "kk"],
  ["Адам құқықтары жөніндегі уәкіл", "kk"],
  ["ӘҒҚҢӨҰҮҺІ әғқңөұүһі", "kk"],
  // A Russian note naming a Kazakh place stays Russian; a short Kazakh one is Kazakh.
  ["Задержаны журналисты в Қарағанды", "ru"],
  ["Журналистер қамауға алынды", "kk"],
  // Mixed: whichever script has more letters.
  ["The court cited статья 274 of the Criminal Code", "en"],
  ["Суд сослался на Article 274 Уголовного кодекса", "ru"],
  ["ab аб", "en"],
];

describe("dt_text_language and textLanguageOf", () => {
  it("tell a text's language by its script alike, and pick its configuration alike", async () => {
    const texts = UNTAGGED.map(([text]) => text);
    const rows = await db.$queryRaw<{ language: string; config: string }[]>`
      SELECT dt_text_language(t) AS language, dt_text_config(t)::text AS config FROM unnest(${texts}::text[]) WITH ORDINALITY u(t, i) ORDER BY i`;
    expect(texts.map(textLanguageOf)).toEqual(UNTAGGED.map(([, language]) => language));
    expect(rows.map((r) => r.language)).toEqual(texts.map(textLanguageOf));
    expect(rows.map((r) => r.config)).toEqual(texts.map(textConfigOf));
  });
});
