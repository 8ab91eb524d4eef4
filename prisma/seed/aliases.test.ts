import { describe, expect, it } from "vitest";
import { aliasTermKey } from "@/lib/domain/aliases";
import { addAliasSchema } from "@/lib/validation/aliases";
import { aliases } from "./aliases";
import { concerns } from "./data";

describe("seed aliases", () => {
  it("give every demo concern English, Russian and Kazakh terms", () => {
    for (const concern of concerns) {
      const languages = new Set((aliases[concern.key] ?? []).map((a) => a.language));
      expect([concern.key, ["en", "ru", "kk"].every((l) => languages.has(l as "en"))]).toEqual([concern.key, true]);
    }
  });

  it("name only concerns that exist", () => {
    const keys = new Set(concerns.map((c) => c.key));
    expect(Object.keys(aliases).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("are valid aliases and never repeat a term within one concern", () => {
    for (const [key, terms] of Object.entries(aliases)) {
      const termKeys = terms.map((a) => aliasTermKey(a.term));
      expect([key, termKeys.length]).toEqual([key, new Set(termKeys).size]);
      for (const alias of terms) expect(addAliasSchema.safeParse({ concernId: 1, ...alias }).success).toBe(true);
    }
  });
});
