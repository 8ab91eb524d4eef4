import { db } from "@/lib/db";
import { caseNameKeys } from "@/lib/domain/cases";

// Names made of random letters only: name keys ignore digits, so unique() suffixes
// would not keep two tests' cases from looking like duplicates of each other.
const LATIN = "bdfgklmnprstvz";
const CYRILLIC = "бдфгклмнпрствз";
const VOWELS = "aeiou";
const CYRILLIC_VOWELS = "аеиоу";

function word(length: number, consonants: string, vowels: string, indices: number[] = []): [string, number[]] {
  let out = "";
  for (let i = 0; i < length; i++) {
    const alphabet = i % 2 === 0 ? consonants : vowels;
    const at = indices[i] ?? Math.floor(Math.random() * alphabet.length);
    indices[i] = at;
    out += alphabet.charAt(at);
  }
  return [out.charAt(0).toUpperCase() + out.slice(1), indices];
}

/** A name no other test uses, e.g. "Kavetu Sobiramo". */
export function personName(): string {
  return `${word(6, LATIN, VOWELS)[0]} ${word(8, LATIN, VOWELS)[0]}`;
}

/** The same random name in Cyrillic and in Latin letters ("Кавету" / "Kavetu"). */
export function cyrillicPersonName(): { cyrillic: string; latin: string } {
  const [first, firstAt] = word(6, CYRILLIC, CYRILLIC_VOWELS);
  const [last, lastAt] = word(8, CYRILLIC, CYRILLIC_VOWELS);
  return { cyrillic: `${first} ${last}`, latin: `${word(6, LATIN, VOWELS, firstAt)[0]} ${word(8, LATIN, VOWELS, lastAt)[0]}` };
}

/** Sentences a test document says about a person. */
export const caseText = {
  raised: (name: string) => `The EU raised the case of ${name}, a blogger charged with spreading false information.`,
  released: (name: string) => `The EU welcomed the release of ${name} in March 2030.`,
};

/** A case straight in the database (no audit event), version 1. */
export async function makeCase(fields: { personName?: string; sensitive?: boolean; summary?: string; spellings?: string[] } = {}) {
  const personName_ = fields.personName ?? personName();
  const spellings = fields.spellings ?? [];
  return db.individualCase.create({
    data: { personName: personName_, spellings, nameKeys: caseNameKeys(personName_, spellings), sensitive: fields.sensitive ?? false, summary: fields.summary ?? "" },
  });
}
