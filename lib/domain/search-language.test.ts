import { describe, expect, it } from "vitest";
import { searchConfigsFor } from "@/lib/domain/search-language";

describe("searchConfigsFor", () => {
  it("asks in Russian for notes and translations even when no tagged record is Russian", () => {
    expect(searchConfigsFor([])).toEqual(["english", "russian", "simple"]);
  });

  it("adds each tagged language's configuration once", () => {
    expect(searchConfigsFor(["it", "ru-RU", "kk", "en-GB", "it-CH"])).toEqual(["english", "italian", "russian", "simple"]);
  });
});
