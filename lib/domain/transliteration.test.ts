import { describe, expect, it } from "vitest";
import { nameKey, nameKeysOf, passageNameKeys } from "@/lib/domain/transliteration";

describe("nameKey", () => {
  it.each([
    ["Bokayev", "bokaev"],
    ["Bokaev", "bokaev"],
    ["Бокаев", "bokaev"],
    ["Matayev", "mataev"],
    ["Матаев", "mataev"],
    ["Seitkazy", "seitkaz"],
    ["Сейтқазы", "seitkaz"],
    ["Tokayev", "tokaev"],
    ["Тоқаев", "tokaev"],
    ["Koigeldiyev", "koigeldiev"],
    ["Койгельдиев", "koigeldiev"],
    ["Turmagambetova", "turmagambetov"],
    ["Турмағамбетова", "turmagambetov"],
    ["Zhemis", "zhemis"],
    ["Жеміс", "zhemis"],
    ["Khodzhaev", "hodzhaev"],
    ["Ходжаев", "hodzhaev"],
  ])("%s → %s", (word, key) => {
    expect(nameKey(word)).toBe(key);
  });

  it("gives declined Russian and Kazakh forms a key that starts with the name's", () => {
    for (const form of ["Бокаева", "Бокаеву", "Бокаевым", "Бокаевтың", "Бокаевқа"]) expect(nameKey(form).startsWith("bokaev")).toBe(true);
    expect(nameKey("Азимовой").startsWith(nameKey("Azimova"))).toBe(true);
  });
});

describe("nameKeysOf", () => {
  it("keys the capitalised words long enough to be names", () => {
    expect(nameKeysOf("Imprisonment of Max Bokayev")).toEqual(["bokaev", "imprisonment", "maks"]);
    expect(nameKeysOf("Release of Seitkazy Matayev")).toEqual(["mataev", "releas", "seitkaz"]);
  });
});

describe("passageNameKeys", () => {
  it("offers a declined name under the name's own key, pointing back at the word as written", () => {
    const keys = passageNameKeys("ЕО Максим Бокаевтың ісін көтерді.");
    expect(keys.get("bokaev")).toBe("Бокаевтың");
    expect(keys.has("bokae")).toBe(true);
    expect(keys.has("bok")).toBe(false);
  });

  it("ignores lower-case words", () => {
    expect([...passageNameKeys("пытки и жестокое обращение").keys()]).toEqual([]);
  });
});
