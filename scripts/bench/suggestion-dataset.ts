// Extends the synthetic dataset (dataset.ts) for the suggestion scenario, in
// SQL and deterministically: every concern gets a topic-based description
// (one of TOPICS by its number), one in five a Criminal Code article, three
// aliases (English, Russian, Kazakh), and a third of the assessed statuses a
// second piece of evidence from a Russian-language press release with an
// English translation: about 200,000 evidence rows in all.
import type pg from "pg";

// [English topic, Russian term, Kazakh term]. Real words, so that stemming,
// trigram and alias lookups do the work they do on real data.
export const TOPICS: ReadonlyArray<readonly [string, string, string]> = [
  ["torture and ill-treatment in detention", "пытки в местах заключения", "азаптау"],
  ["false information charges against bloggers", "ложная информация", "жалған ақпарат"],
  ["restrictions on peaceful assembly", "мирные собрания", "бейбіт жиналыс"],
  ["registration of religious groups", "религиозные объединения", "діни бірлестіктер"],
  ["domestic violence legislation", "бытовое насилие", "тұрмыстық зорлық"],
  ["independence of the judiciary", "независимость судей", "сот тәуелсіздігі"],
  ["media accreditation rules", "аккредитация СМИ", "аккредиттеу"],
  ["trade union registration", "профсоюзы", "кәсіподақ"],
  ["discrimination of LGBTI persons", "дискриминация ЛГБТИ", "кемсітушілік"],
  ["foreign funding of NGOs", "иностранное финансирование НПО", "шетелдік қаржыландыру"],
  ["internet blocking and online censorship", "блокировка интернета", "интернетті бұғаттау"],
  ["conditions in prisons", "условия содержания в тюрьмах", "түрме жағдайы"],
  ["harassment of human rights defenders", "преследование правозащитников", "құқық қорғаушыларды қудалау"],
  ["election observation", "наблюдение за выборами", "сайлауды бақылау"],
  ["asylum seekers and refugees", "беженцы", "босқындар"],
  ["child labour in agriculture", "детский труд", "балалар еңбегі"],
  ["house arrest and travel bans", "домашний арест", "үй қамағы"],
  ["corruption in public procurement", "коррупция в госзакупках", "жемқорлық"],
  ["access to information", "доступ к информации", "ақпаратқа қол жеткізу"],
  ["language rights of minorities", "права меньшинств", "азшылық құқықтары"],
  ["forced psychiatric treatment", "принудительная психиатрия", "мәжбүрлі психиатрия"],
  ["defamation lawsuits against journalists", "иски о клевете", "жала жабу"],
  ["extremism charges for religious speech", "обвинения в экстремизме", "экстремизм"],
  ["death in custody investigations", "смерть под стражей", "қамаудағы өлім"],
];

const topicValues = TOPICS.map((t, n) => `(${n}, $t$${t[0]}$t$, $t$${t[1]}$t$, $t$${t[2]}$t$)`).join(",\n");

export const SUGGESTION_STATEMENTS = [
  `CREATE TEMP TABLE bench_topics (n int PRIMARY KEY, en text, ru text, kk text)`,
  `INSERT INTO bench_topics VALUES ${topicValues}`,
  `UPDATE concerns c
      SET description = 'Concern about ' || t.en || ', case group ' || (k.i % 97) || '.',
          legal_references = CASE WHEN k.i % 5 = 0 THEN ARRAY['Criminal Code Art. ' || (100 + k.i % 300)] ELSE '{}' END
     FROM (SELECT id, substring(title FROM '\\d+$')::int AS i FROM concerns WHERE title LIKE 'Bench concern %') k, bench_topics t
    WHERE c.id = k.id AND t.n = k.i % ${TOPICS.length}`,
  `INSERT INTO concern_aliases (concern_id, term, term_key, language)
   SELECT c.id, v.term, lower(v.term), v.language
     FROM concerns c
     CROSS JOIN LATERAL (SELECT substring(c.title FROM '\\d+$')::int AS i) k
     JOIN bench_topics t ON t.n = (k.i * 7) % ${TOPICS.length}
     CROSS JOIN LATERAL (VALUES (t.en, 'en'), (t.ru, 'ru'), (t.kk, 'kk')) v(term, language)
    WHERE c.title LIKE 'Bench concern %'`,
  `INSERT INTO source_documents (title, publisher, published_on, language, text, updated_at)
   SELECT 'Bench press release ' || r.number || ' (ru)', 'MFA', r.start_date + 2, 'ru', 'Synthetic text.', now()
     FROM rounds r WHERE r.title LIKE 'Bench dialogue round %'`,
  `INSERT INTO document_rounds (document_id, round_id)
   SELECT d.id, r.id FROM rounds r JOIN source_documents d ON d.title = 'Bench press release ' || r.number || ' (ru)'
    WHERE r.title LIKE 'Bench dialogue round %'`,
  `INSERT INTO status_evidence (status_id, document_id, quote, translation)
   SELECT sa.id, d.id,
          'ЕС вновь выразил обеспокоенность: ' || t.ru || ', раунд ' || r.number || ', дело ' || k.i || '.',
          'The EU again raised ' || t.en || ', round ' || r.number || ', case ' || k.i || '.'
     FROM status_assessments sa
     JOIN concerns c ON c.id = sa.concern_id
     CROSS JOIN LATERAL (SELECT substring(c.title FROM '\\d+$')::int AS i) k
     JOIN bench_topics t ON t.n = k.i % ${TOPICS.length}
     JOIN rounds r ON r.id = sa.round_id
     JOIN source_documents d ON d.title = 'Bench press release ' || r.number || ' (ru)'
    WHERE c.title LIKE 'Bench concern %' AND sa.status <> 'NOT_RAISED' AND (k.i + r.number) % 3 = 0`,
  `VACUUM ANALYZE`,
];

export async function extendForSuggestions(client: pg.Client): Promise<{ evidence: number; aliases: number }> {
  for (const statement of SUGGESTION_STATEMENTS) await client.query(statement);
  const { rows } = await client.query<{ evidence: number; aliases: number }>(
    "SELECT (SELECT count(*) FROM status_evidence)::int AS evidence, (SELECT count(*) FROM concern_aliases)::int AS aliases",
  );
  return rows[0]!;
}

/** Passages in several languages, timed in turn. */
export const BENCH_PASSAGES = [
  { language: "en", passage: "The EU raised torture and ill-treatment in detention and called for prompt, impartial investigations.", translation: "" },
  { language: "ru", passage: "ЕС выразил обеспокоенность обвинениями блогеров в распространении ложной информации по статье 274 УК.", translation: "" },
  { language: "kk", passage: "ЕО бейбіт жиналыс бостандығына қатысты шектеулерді көтеріп, Бокаевтың ісін атап өтті.", translation: "" },
  { language: "it", passage: "L'UE ha sollevato la questione della registrazione dei gruppi religiosi e della tortura.", translation: "" },
  { language: "ru", passage: "Стороны обсудили условия содержания в тюрьмах и смерть под стражей.", translation: "The sides discussed prison conditions and deaths in custody." },
  { language: "en", passage: "The EU expressed concern over internet blocking, online censorship and access to information for journalists.", translation: "" },
] as const;
