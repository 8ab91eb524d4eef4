// The database keys concerns with SQL twins of two pure rules in lib/domain
// (legal references, name transliteration); suggestions key the passage with
// the TypeScript ones. Both must give the same keys, or a passage would miss
// the concern it names. This test holds them together.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { legalKeys } from "@/lib/domain/legal-references";
import { nameKey, nameKeysOf } from "@/lib/domain/transliteration";
import { makeFixture } from "@/test/integration/fixtures";
import { unique } from "@/test/integration/helpers";

const LEGAL_SAMPLES = [
  "Criminal Code Art. 274",
  "Article 274 of the Criminal Code; Articles 131 and 378",
  "по статье 274 УК РК, статьи 131 и 378",
  "ст. 274-1 и ст.274.1",
  "Қылмыстық кодекстің 274-бабы, 131 және 378-баптар, бабы 130",
  "articolo 274 e articoli 131 e 378; art. 5",
  "Article 274(2) applies. Under Article 275.",
  "On 25 January 2025 the state 12 start 274 статус 5",
  "Constitutional Court ruling of 25 January 2025",
];

const NAME_SAMPLES = [
  "Bokayev", "Бокаев", "Бокаевтың", "Matayev", "Матаев", "Seitkazy", "Сейтқазы", "Койгельдиев", "Koigeldiyev",
  "Турмағамбетова", "Жеміс", "Ходжаев", "Khodzhaev", "Щербаков", "Ščerbakov", "Çelik", "Max", "Łukasz", "O'Neill",
];

describe("SQL twins of the key rules", () => {
  it("dt_legal_keys gives what legalKeys gives", async () => {
    const rows = await db.$queryRaw<{ keys: string[] }[]>`SELECT dt_legal_keys(t) AS keys FROM unnest(${LEGAL_SAMPLES}::text[]) WITH ORDINALITY u(t, i) ORDER BY i`;
    expect(rows.map((r) => r.keys)).toEqual(LEGAL_SAMPLES.map(legalKeys));
  });

  it("dt_name_key gives what nameKey gives, and dt_name_keys what nameKeysOf gives", async () => {
    const rows = await db.$queryRaw<{ key: string }[]>`SELECT dt_name_key(t) AS key FROM unnest(${NAME_SAMPLES}::text[]) WITH ORDINALITY u(t, i) ORDER BY i`;
    expect(rows.map((r) => r.key)).toEqual(NAME_SAMPLES.map(nameKey));
    const title = "Release of Seitkazy Matayev and Бокаевтың case (Max)";
    const [row] = await db.$queryRaw<{ keys: string[] }[]>`SELECT dt_name_keys(${title}) AS keys`;
    expect(row!.keys).toEqual(nameKeysOf(title));
  });

  it("keys a concern's title, description and legal references on every write", async () => {
    const { theme } = await makeFixture();
    const concern = await db.concern.create({
      data: { title: unique("Imprisonment of Max Bokayev"), description: "Charged with spreading false information", themeId: theme.id, legalReferences: ["Criminal Code Art. 274"] },
      select: { id: true, searchKeys: true },
    });
    expect(concern.searchKeys).toEqual(expect.arrayContaining(["art:274", "n:bokaev", "w:imprison", "w:fals"]));
    const updated = await db.concern.update({ where: { id: concern.id }, data: { legalReferences: ["статья 131"] }, select: { searchKeys: true } });
    expect(updated.searchKeys).toContain("art:131");
    expect(updated.searchKeys).not.toContain("art:274");
  });

  it("keys an alias in its own language's text-search configuration", async () => {
    const { concern } = await makeFixture();
    const [ru, kk] = await Promise.all([
      db.concernAlias.create({ data: { concernId: concern.id, term: "Пытки", termKey: "пытки", language: "ru" }, select: { searchKeys: true } }),
      db.concernAlias.create({ data: { concernId: concern.id, term: "азаптау", termKey: "азаптау", language: "kk" }, select: { searchKeys: true } }),
    ]);
    expect(ru.searchKeys).toEqual(["пытк"]);
    expect(kk.searchKeys).toEqual(["азаптау"]);
  });
});
