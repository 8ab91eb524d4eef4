import { describe, expect, it } from "vitest";
import { forbiddenCharacter } from "./text-guard";

describe("forbiddenCharacter", () => {
  it("lets tabs, line breaks, symbols and any script through", () => {
    expect(forbiddenCharacter("Line one\r\n\tline two — «Қазақстан» 🇪🇺 <&>")).toBeNull();
  });

  it.each(["\u0000", "\u0001", "\u001B", "\u001F", "\u007F", "\u202A", "\u202E", "\u2066", "\u2069", "\u000B", "\u000C"])(
    "names %j",
    (char) => {
      expect(forbiddenCharacter(`a${char}b`)).toBe(`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
    },
  );
});
