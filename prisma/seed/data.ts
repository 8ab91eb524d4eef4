// Demo dataset for Dialogue Tracker. Every status quote is copied verbatim from
// the corpus file of its document (prisma/seed/corpus/); nothing is invented.
// Checked by data.test.ts.

import type {
  SeedCase,
  SeedHandedOverList,
  SeedConcern,
  SeedDocument,
  SeedRound,
  SeedTheme,
} from "./types";

export const rounds: SeedRound[] = [
  {
    key: "hrd-2013-astana",
    kind: "HUMAN_RIGHTS_DIALOGUE",
    number: 5,
    title: "5th EU-Kazakhstan Human Rights Dialogue (Astana, 2013)",
    startDate: "2013-11-27",
    endDate: null,
    place: "Astana",
    format: "IN_PERSON",
    euDelegationHead:
      "Elisabeth Tison, Head of the Human Rights Policy Guidelines Division in the European External Action Service",
    kzDelegationHead: "Irgaliyev, First Deputy Prosecutor General",
    summary:
      "The fifth round of the dialogue, held in Astana, addressed freedom of expression, the status of civil society organisations, freedom of religion or belief, the prevention of torture and women's rights. The EU raised excessive restrictions on the press, on religious groups and on civil society organisations, referred to individual cases, and welcomed Kazakhstan's plan to develop a new National Human Rights Action Plan. An EU Civil Society Seminar was held in Astana on 26 November 2013.",
  },
  {
    key: "hrd-2017-astana",
    kind: "HUMAN_RIGHTS_DIALOGUE",
    number: null,
    title: "EU-Kazakhstan Human Rights Dialogue (Astana, 2017)",
    startDate: "2017-11-29",
    endDate: null,
    place: "Astana",
    format: "IN_PERSON",
    euDelegationHead: null,
    kzDelegationHead: null,
    summary:
      "Before the dialogue the EU consulted local and international NGOs and activists' families, and the EU Delegation visited Max Bokayev in prison on 23 November 2017. At the dialogue the EU raised the cases of activists, journalists and political prisoners, urged respect for decisions of the UN Human Rights Committee, and voiced serious concern about the increasing number of condemnations to house arrest, asset freezes and prohibitions to work. On 6 December 2017 the EU welcomed the early release of Seitkazy Matayev.",
  },
  {
    key: "hrd-2020-online",
    kind: "HUMAN_RIGHTS_DIALOGUE",
    number: 12,
    title: "12th EU-Kazakhstan Human Rights Dialogue (online, 2020)",
    startDate: "2020-11-26",
    endDate: null,
    place: null,
    format: "ONLINE",
    euDelegationHead:
      "Boris Iarochevitch, Head of Central Asia Division of the European External Action Service",
    kzDelegationHead:
      "Bolat Dembaev, Deputy General Prosecutor of the Republic of Kazakhstan",
    summary:
      "The 12th dialogue was held online on 26 November 2020. The EU congratulated Kazakhstan on ratifying the second Optional Protocol to the ICCPR abolishing the death penalty and welcomed the decriminalisation of defamation, while raising torture investigations, peaceful assembly and association, 'false information' and 'insult' charges, trade union legislation, violence against women and girls, freedom of religion and non-discrimination. The EU raised individual cases and handed over a list at the end of the dialogue.",
  },
  {
    key: "jha-2020-online",
    kind: "JHA_SUBCOMMITTEE",
    number: 18,
    title: "18th EU-Kazakhstan Subcommittee on Justice and Home Affairs (online, 2020)",
    startDate: "2020-11-27",
    endDate: null,
    place: null,
    format: "ONLINE",
    euDelegationHead:
      "Boris Iarochevitch, Head of Central Asia Division of the European External Action Service",
    kzDelegationHead:
      "Bolat Dembaev, Deputy General Prosecutor of the Republic of Kazakhstan",
    summary:
      "The 18th Subcommittee on Justice and Home Affairs was held online on 27 November 2020, the day after the Human Rights Dialogue. The EU welcomed President Tokayev's announcement of a new stage of reforms, reaffirmed its support to rule of law reforms and an independent and impartial justice system, and welcomed anti-corruption reforms. The sides also discussed judicial cooperation, migration, asylum, border management, illicit drugs, human trafficking and countering terrorism.",
  },
  {
    key: "ombudsman-visit-2021",
    kind: "OTHER_ENGAGEMENT",
    number: null,
    title: "Visit of Kazakhstan's Commissioner for Human Rights to Luxembourg and Brussels (July 2021)",
    startDate: "2021-07-12",
    endDate: "2021-07-15",
    place: "Luxembourg and Brussels",
    format: "IN_PERSON",
    euDelegationHead: null,
    kzDelegationHead:
      "Elvira Azimova, Commissioner for Human Rights in the Republic of Kazakhstan",
    summary:
      "Kazakhstan's Commissioner for Human Rights, Elvira Azimova, and Zhemis Turmagambetova of the Charter for Human Rights Public Foundation visited Luxembourg and Brussels on 12-15 July 2021. In Brussels they met the European Parliament's Subcommittee on Human Rights and other MEPs, the EU Special Representative for Central Asia and the EEAS; the sides exchanged views on freedom of association and expression, the fairness of criminal prosecution and judicial proceedings, and individual cases. The account comes from the Kazakh MFA press service via Kazinform.",
  },
  {
    key: "hrd-2025-brussels",
    kind: "HUMAN_RIGHTS_DIALOGUE",
    number: 16,
    title: "16th EU-Kazakhstan Human Rights Dialogue (Brussels, 2025)",
    startDate: "2025-03-06",
    endDate: null,
    place: "Brussels",
    format: "IN_PERSON",
    euDelegationHead:
      "Dietmar Krissler, Head of Central Asia Division of the European External Action Service",
    kzDelegationHead:
      "Galymzhan Koigeldiyev, Deputy General Prosecutor of the Republic of Kazakhstan",
    summary:
      "The 16th dialogue was held in Brussels on 6 March 2025. The EU welcomed Kazakhstan's overall political commitment to reforms, the Ministry of Justice's clarification that no 'foreign agents' law is intended, some improvements in the new media law and the decrease of torture cases. It stressed the need for an independent investigation into the January 2022 events and raised media accreditation powers, 'false information' charges, LGBTI discrimination and implementation of the Constitutional Court's ruling of 25 January 2025 on freedom of assembly.",
  },
];

export const documents: SeedDocument[] = [
  {
    key: "eeas-2013-5th-hrd",
    file: "2013-11-27_eeas_5th-hrd-astana.txt",
    title: "EU-Kazakhstan Human Rights Dialogue",
    publisher: "EEAS",
    url: null,
    publishedOn: "2013-11-27",
    language: "en",
    roundKeys: ["hrd-2013-astana"],
  },
  {
    key: "europarl-2018-answer-2017-hrd",
    file: "2018-02-21_europarl_answer-on-2017-hrd.txt",
    title:
      "Parliamentary questions: Answer given by High Representative/Vice-President Mogherini (21 February 2018)",
    publisher: "European Parliament",
    url: null,
    publishedOn: "2018-02-21",
    language: "en",
    roundKeys: ["hrd-2017-astana"],
  },
  {
    key: "eeas-2020-12th-hrd-18th-jha",
    file: "2020-11-27_eeas_12th-hrd-and-18th-jha-online.txt",
    title:
      "EU and Kazakhstan hold annual Human Rights Dialogue and Subcommittee on Justice and Home Affairs",
    publisher: "EEAS",
    url: null,
    publishedOn: "2020-11-27",
    language: "en",
    roundKeys: ["hrd-2020-online", "jha-2020-online"],
  },
  {
    key: "kazinform-2021-ombudsman-visit",
    file: "2021-07-15_kazinform_ombudsman-visit-brussels.txt",
    title: "Kazakhstan, EU moving to a new level of cooperation in human rights sphere",
    publisher: "Kazinform",
    url: null,
    publishedOn: "2021-07-15",
    language: "en",
    roundKeys: ["ombudsman-visit-2021"],
  },
  {
    key: "eeas-2025-16th-hrd",
    file: "2025-03-06_eeas_16th-hrd-brussels.txt",
    title: "Kazakhstan: Annual Human Rights Dialogue in Brussels",
    publisher: "EEAS",
    url: null,
    publishedOn: "2025-03-06",
    language: "en",
    roundKeys: ["hrd-2025-brussels"],
  },
];

export const themes: SeedTheme[] = [
  {
    key: "freedom-of-expression-media",
    name: "Freedom of expression & media",
    description:
      "Press and media freedom, media legislation, and criminal charges used against journalists, bloggers and activists.",
  },
  {
    key: "civil-society-association",
    name: "Civil society & association",
    description:
      "Space for civil society organisations, freedom of association and the legal environment for NGOs.",
  },
  {
    key: "peaceful-assembly",
    name: "Peaceful assembly",
    description:
      "The right to peaceful assembly and the treatment of peaceful protesters.",
  },
  {
    key: "torture-ill-treatment",
    name: "Torture & ill-treatment",
    description:
      "Prevention of torture and ill-treatment, investigations into allegations and accountability of perpetrators.",
  },
  {
    key: "equality-non-discrimination",
    name: "Equality & non-discrimination",
    description:
      "Gender equality and women's rights, violence against women, LGBTI persons and non-discrimination.",
  },
  {
    key: "freedom-of-religion",
    name: "Freedom of religion",
    description:
      "Freedom of religion or belief and restrictions on religious groups.",
  },
  {
    key: "death-penalty",
    name: "Death penalty",
    description: "Abolition of the death penalty in law and in practice.",
  },
  {
    key: "labour-rights",
    name: "Labour rights",
    description:
      "Trade union rights, trade union legislation and imprisoned trade union leaders.",
  },
  {
    key: "justice-rule-of-law",
    name: "Justice & rule of law",
    description:
      "Judicial independence and fair proceedings, criminal sanctions, emergency limitations, and justice and home affairs cooperation.",
  },
  {
    key: "individual-cases",
    name: "Individual cases",
    description:
      "Individual human rights cases raised by the EU, named or unnamed.",
  },
  {
    key: "multilateral-cooperation",
    name: "Multilateral cooperation",
    description:
      "Cooperation at the UN and the OSCE, and implementation of UN human rights bodies' decisions and recommendations.",
  },
  {
    key: "reforms-institutions",
    name: "Reforms & human rights institutions",
    description:
      "Kazakhstan's reform process and human rights framework: the National Human Rights Action Plan, elections, the ombudsman institution and parliamentary dialogue.",
  },
];

// Only what the texts say. The 2017 answer names two people but does not say
// either was raised at the dialogue itself (a prison visit before it, a release
// welcomed after it), so neither has a round. The 2020 list is a list: its cases
// are not named, so none is made up.
export const cases: SeedCase[] = [
  {
    key: "max-bokayev",
    personName: "Max Bokayev",
    spellings: ["Макс Бокаев", "Maks Bokaev"],
    summary:
      "The EU Delegation in Astana visited Max Bokayev in prison on 23 November 2017, ahead of the Human Rights Dialogue of 29 November 2017. The source texts do not state the charges against him.",
    situations: [
      {
        situation: "IN_PRISON",
        asOf: "2017-11-23",
        note: "Visited in prison by the EU Delegation in Astana.",
        quote: "The EU Delegation in Astana also visited Max Bokayev in prison on 23 November 2017.",
        documentKey: "europarl-2018-answer-2017-hrd",
      },
    ],
    rounds: [],
  },
  {
    key: "seitkazy-matayev",
    personName: "Seitkazy Matayev",
    spellings: ["Сейтказы Матаев", "Seitkazy Mataev"],
    summary:
      "The EU welcomed the early release of Seitkazy Matayev on 6 December 2017. The source texts do not describe his case further.",
    situations: [
      {
        situation: "RELEASED",
        asOf: "2017-12-06",
        note: "Released early; the date is the day the EU welcomed it, the text does not give the day of release.",
        quote: "On 6 December 2017, the EU welcomed the early release of Seitkazy Matayev.",
        documentKey: "europarl-2018-answer-2017-hrd",
      },
    ],
    rounds: [],
  },
  {
    key: "imprisoned-trade-union-leaders",
    personName: "Imprisoned trade union leaders (unnamed)",
    spellings: [],
    summary:
      "The High Representative/Vice-President raised the situation of imprisoned trade union leaders in high-level meetings before February 2018. The answer names none of them.",
    situations: [
      {
        situation: "IN_PRISON",
        asOf: "2018-02",
        note: "Imprisoned when the answer was given (21 February 2018).",
        quote:
          "The High Representative/Vice-President has also raised the situation of imprisoned trade union leaders in recent high-level meetings with the Kazakh authorities.",
        documentKey: "europarl-2018-answer-2017-hrd",
      },
    ],
    rounds: [],
  },
];

export const handedOverLists: SeedHandedOverList[] = [
  {
    roundKey: "hrd-2020-online",
    size: null,
    caseKeys: [],
    quote: "The EU raised a number of individual cases and handed over a list at the end of the Dialogue.",
    documentKey: "eeas-2020-12th-hrd-18th-jha",
  },
];

export const concerns: SeedConcern[] = [
  // ── Freedom of expression & media ─────────────────────────────────────────
  {
    key: "press-restrictions-media-law",
    title: "Restrictions on the press and the media law",
    description:
      "Excessive restrictions on the press (2013) and the content of the newly adopted law on media (2025), including OSCE recommendations that were not taken on board.",
    themeKey: "freedom-of-expression-media",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "The EU raised concerns regarding a number of human rights issues in Kazakhstan, including excessive restrictions on the press, on religious groups and on civil society organisations, and made reference to individual human rights cases.",
        documentKey: "eeas-2013-5th-hrd",
        note: "The EU raised excessive restrictions on the press as a concern.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "IN_PROGRESS",
        quote:
          "The EU welcomed some positive improvements in the newly adopted law on media, while regretting that several OSCE recommendations were not taken on board, and that the law grants broad government powers to deny accreditation to journalists and foreign media outlets.",
        documentKey: "eeas-2025-16th-hrd",
        note: "Mixed: the EU welcomed some improvements in the new media law but regretted that OSCE recommendations were not taken on board. Steps acknowledged, concern remains. The accreditation powers are tracked as a separate concern.",
      },
    ],
  },
  {
    key: "media-accreditation-powers",
    title: "Government powers to deny accreditation to journalists and foreign media",
    description:
      "The new media law grants broad government powers to deny accreditation to journalists and foreign media outlets.",
    themeKey: "freedom-of-expression-media",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2025-brussels",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2025-brussels",
        status: "RAISED",
        quote:
          "The EU welcomed some positive improvements in the newly adopted law on media, while regretting that several OSCE recommendations were not taken on board, and that the law grants broad government powers to deny accreditation to journalists and foreign media outlets.",
        documentKey: "eeas-2025-16th-hrd",
        note: "First raised here: the EU regretted the law's broad government powers to deny accreditation.",
      },
    ],
  },
  {
    key: "freedom-of-expression-general",
    title: "Freedom of expression (general)",
    description:
      "Freedom of expression as a standing topic of the dialogue, distinct from the specific media-law and criminal-charge concerns.",
    themeKey: "freedom-of-expression-media",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "A broad range of issues were addressed in the meeting, including freedom of expression, the status of civil society organisations, freedom of religion or belief, the prevention of torture and women's rights.",
        documentKey: "eeas-2013-5th-hrd",
        note: "Freedom of expression is listed among the issues addressed.",
      },
      {
        roundKey: "ombudsman-visit-2021",
        status: "NO_PROGRESS",
        quote:
          "The sides exchanged views and recommendations on the issues of respect for freedom of association and expression, the legality and fairness of criminal prosecution and judicial proceedings, including individual cases, as well as the need for effective improvement of legislation and practice in the field of human rights and the activities of law enforcement agencies and courts.",
        documentKey: "kazinform-2021-ombudsman-visit",
        note: "Discussed with the European Parliament's Subcommittee on Human Rights. The report (Kazakh MFA via Kazinform) describes an exchange of views and no change, so recorded as NO_PROGRESS.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "NO_PROGRESS",
        quote:
          "The EU and Kazakhstan highlighted the prominence of freedom of expression and freedom of media.",
        documentKey: "eeas-2025-16th-hrd",
        note: "Reiterated as a general principle; this sentence reports no change. The specific developments (media law, accreditation, 'false information' charges) are tracked separately.",
      },
    ],
  },
  {
    key: "false-information-charges",
    title: "'False information' charges against activists, bloggers and journalists",
    description:
      "Activists, bloggers and journalists are charged with knowingly disseminating 'false' information under Criminal Code Article 274.",
    themeKey: "freedom-of-expression-media",
    legalReferences: ["Criminal Code Art. 274"],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "expressing concern in relation to increasing reports that activists, bloggers and journalists are charged of knowingly disseminating “false” information (Criminal Code Article 274)",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "First raised: the EU expressed concern about increasing reports of Art. 274 charges.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "NO_PROGRESS",
        quote:
          "The EU also expressed concern over the growing number of bloggers and journalists being charged of disseminating ‘false’ information.",
        documentKey: "eeas-2025-16th-hrd",
        note: "Raised again. \"Growing number\" could support REGRESSED, but in 2020 the reports were already described as \"increasing\", so the conservative reading is NO_PROGRESS.",
      },
    ],
  },
  {
    key: "insult-offences",
    title: "Criminal 'insult' offences (Art. 131 and 378)",
    description:
      "The offences of 'insult' and 'insulting a government representative' remain subject to criminal penalty.",
    themeKey: "freedom-of-expression-media",
    legalReferences: ["Criminal Code Art. 131", "Criminal Code Art. 378"],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "the offenses of “insult” and “insulting a government representative” remain subject to criminal penalty (Articles 131 and 378).",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Raised with the same expression of concern as the Art. 274 charges.",
      },
    ],
  },
  {
    key: "defamation-decriminalisation",
    title: "Decriminalisation of defamation",
    description:
      "Defamation was removed from criminal law. The EU welcomed this in 2020.",
    themeKey: "freedom-of-expression-media",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RESOLVED",
        quote:
          "The EU welcomed the positive development of decriminalising defamation",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU welcomed the outcome. The source texts record no earlier round where it was raised.",
      },
    ],
  },
  // ── Civil society & association ───────────────────────────────────────────
  {
    key: "civil-society-space",
    title: "Space for civil society organisations",
    description:
      "Restrictions on civil society organisations and their participation in public policy-making and reforms; a safe and conducive environment for civil society.",
    themeKey: "civil-society-association",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "The EU raised concerns regarding a number of human rights issues in Kazakhstan, including excessive restrictions on the press, on religious groups and on civil society organisations, and made reference to individual human rights cases.",
        documentKey: "eeas-2013-5th-hrd",
        note: "The EU raised excessive restrictions on civil society organisations.",
      },
      {
        roundKey: "hrd-2017-astana",
        status: "NO_PROGRESS",
        quote:
          "The EU also supports civil society projects promoting human rights and democratic reforms in Kazakhstan, in particular in relation to freedom of expression, peaceful assembly and association as well as efforts to further engage civil society in the public policy-making process.",
        documentKey: "europarl-2018-answer-2017-hrd",
        note: "The answer describes EU support for engaging civil society in policy-making, not a point raised across the table, and reports no change. Recorded conservatively as NO_PROGRESS.",
      },
      {
        roundKey: "hrd-2020-online",
        status: "NO_PROGRESS",
        quote:
          "The EU acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms, and underlined the importance of effective implementation with the active participation of civil society.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU again stressed the role of civil society, here in implementing reforms. The text reports no change in the space for civil society.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "NO_PROGRESS",
        quote:
          "The European Union and Kazakhstan agreed on the importance of the work of civil society and of safe and conducive environment for civil society organisations.",
        documentKey: "eeas-2025-16th-hrd",
        note: "The two sides agreed on a principle; no concrete step is described. The welcomed 'foreign agents' clarification is tracked separately.",
      },
    ],
  },
  {
    key: "foreign-agents-law",
    title: "Possible 'foreign agents' law",
    description:
      "Calls in Kazakhstan for a 'foreign agents' law. In 2025 the Ministry of Justice clarified that it has no intention to propose one.",
    themeKey: "civil-society-association",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2025-brussels",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2025-brussels",
        status: "IN_PROGRESS",
        quote:
          "The EU welcomed the Kazakh Ministry of Justice’s recent clarification that it has no intention to propose a law on ‘foreign agents’, despite recent calls.",
        documentKey: "eeas-2025-16th-hrd",
        note: "The EU welcomed a statement of intent, not a settled outcome, and \"despite recent calls\" shows that pressure for such a law continues. Recorded as IN_PROGRESS rather than RESOLVED to stay conservative.",
      },
    ],
  },
  {
    key: "freedom-of-association",
    title: "Freedom of association",
    description:
      "The right to freedom of association, raised together with peaceful assembly.",
    themeKey: "civil-society-association",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "The EU insisted on the need to uphold the right to peaceful assembly and freedom of association, including not harassing or sanctioning peaceful protesters.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU insisted on upholding freedom of association.",
      },
      {
        roundKey: "ombudsman-visit-2021",
        status: "NO_PROGRESS",
        quote:
          "The sides exchanged views and recommendations on the issues of respect for freedom of association and expression, the legality and fairness of criminal prosecution and judicial proceedings, including individual cases, as well as the need for effective improvement of legislation and practice in the field of human rights and the activities of law enforcement agencies and courts.",
        documentKey: "kazinform-2021-ombudsman-visit",
        note: "Discussed with the European Parliament's Subcommittee on Human Rights. The report describes an exchange of views and no change.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "NO_PROGRESS",
        quote:
          "Kazakhstan and the EU stressed the need to guarantee the right to peaceful assembly and freedom of association.",
        documentKey: "eeas-2025-16th-hrd",
        note: "Reiterated as a need to guarantee the right; no progress on association is described.",
      },
    ],
  },
  // ── Peaceful assembly ─────────────────────────────────────────────────────
  {
    key: "peaceful-assembly",
    title: "Right to peaceful assembly and treatment of protesters",
    description:
      "Upholding the right to peaceful assembly, including not harassing or sanctioning peaceful protesters.",
    themeKey: "peaceful-assembly",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "The EU insisted on the need to uphold the right to peaceful assembly and freedom of association, including not harassing or sanctioning peaceful protesters.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU insisted on the right to peaceful assembly and on not harassing or sanctioning peaceful protesters.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "NO_PROGRESS",
        quote:
          "Kazakhstan and the EU stressed the need to guarantee the right to peaceful assembly and freedom of association. The EU encouraged Kazakhstan to make concrete progress in this regard, including by implementation the ruling of the Constitutional Court from 25 January 2025 on freedom of assembly.",
        documentKey: "eeas-2025-16th-hrd",
        note: "The EU still calls for \"concrete progress\", so it recognises none yet. The 25 January 2025 Constitutional Court ruling appears as something to implement, not as a step the EU welcomed. Could arguably be IN_PROGRESS; NO_PROGRESS is the conservative choice.",
      },
    ],
  },
  {
    key: "constitutional-court-assembly-ruling",
    title: "Implementation of the Constitutional Court ruling of 25 January 2025 on assembly",
    description:
      "The EU encouraged Kazakhstan to implement the Constitutional Court's ruling of 25 January 2025 on freedom of assembly.",
    themeKey: "peaceful-assembly",
    legalReferences: ["Constitutional Court ruling of 25 January 2025"],
    firstRaisedRoundKey: "hrd-2025-brussels",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2025-brussels",
        status: "RAISED",
        quote:
          "The EU encouraged Kazakhstan to make concrete progress in this regard, including by implementation the ruling of the Constitutional Court from 25 January 2025 on freedom of assembly.",
        documentKey: "eeas-2025-16th-hrd",
        note: "First raised: the EU encouraged implementation of the ruling.",
      },
    ],
  },
  // ── Torture & ill-treatment ───────────────────────────────────────────────
  {
    key: "torture-prevention-investigations",
    title: "Torture prevention and investigation of torture allegations",
    description:
      "Prevention of torture and ill-treatment, and prompt, thorough, impartial and independent investigations into all allegations of torture.",
    themeKey: "torture-ill-treatment",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "A broad range of issues were addressed in the meeting, including freedom of expression, the status of civil society organisations, freedom of religion or belief, the prevention of torture and women's rights.",
        documentKey: "eeas-2013-5th-hrd",
        note: "The prevention of torture is listed among the issues addressed.",
      },
      {
        roundKey: "hrd-2020-online",
        status: "IN_PROGRESS",
        quote:
          "Both parties discussed at length prevention of torture and ill-treatment and the EU called on Kazakhstan to take further steps to conduct prompt, thorough, impartial and independent investigations into all allegations of torture while acknowledging actions already taken.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU acknowledged \"actions already taken\" and called for further steps on investigations.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "IN_PROGRESS",
        quote:
          "The two sides took stock of progress to prevent and eradicate torture and ill-treatment, acknowledging Kazakhstan’s efforts to reduce the prison population and the overall decrease of torture cases.",
        documentKey: "eeas-2025-16th-hrd",
        note: "Progress acknowledged (efforts to reduce the prison population, fewer torture cases), but torture cases persist and accountability for torture is stressed under the January 2022 events. Not resolved.",
      },
    ],
  },
  {
    key: "january-2022-events-investigation",
    title: "Investigation of the January 2022 events and accountability",
    description:
      "A transparent and independent investigation into the January 2022 events, including human rights violations and abuses, and accountability of perpetrators, especially for torture or abuse of power.",
    themeKey: "torture-ill-treatment",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2025-brussels",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2025-brussels",
        status: "RAISED",
        quote:
          "The EU stressed the importance of a transparent and independent investigation into the January 2022 events, including into human rights violations and abuses, in line with international standards. The accountability of perpetrators is a key element towards reconciliation, especially in cases of torture or power abuse.",
        documentKey: "eeas-2025-16th-hrd",
        note: "The earliest round in the corpus to mention the January 2022 events. (The corpus holds no text on any 2022-2024 round.)",
      },
    ],
  },
  // ── Equality & non-discrimination ─────────────────────────────────────────
  {
    key: "womens-rights-gender-equality",
    title: "Women's rights and gender equality",
    description: "Women's rights and developments fostering gender equality.",
    themeKey: "equality-non-discrimination",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "A broad range of issues were addressed in the meeting, including freedom of expression, the status of civil society organisations, freedom of religion or belief, the prevention of torture and women's rights.",
        documentKey: "eeas-2013-5th-hrd",
        note: "Women's rights are listed among the issues addressed.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "IN_PROGRESS",
        quote:
          "The EU welcomed recent developments fostering gender equality and encouraged Kazakhstan to fully implement the recent legislation on criminalisation of domestic violence.",
        documentKey: "eeas-2025-16th-hrd",
        note: "The EU welcomed recent developments fostering gender equality. Steps acknowledged, no full outcome described.",
      },
    ],
  },
  {
    key: "violence-against-women-domestic-violence",
    title: "Violence against women and girls, including domestic violence",
    description:
      "Violence against women and girls. From 2025, the full implementation of recent legislation criminalising domestic violence.",
    themeKey: "equality-non-discrimination",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "Other topics discussed included legislation in relation to trade unions, violence against women and girls, freedom of religion and belief and non-discrimination as well as cooperation in multilateral fora.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Violence against women and girls is listed among the other topics discussed.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "IN_PROGRESS",
        quote:
          "The EU welcomed recent developments fostering gender equality and encouraged Kazakhstan to fully implement the recent legislation on criminalisation of domestic violence.",
        documentKey: "eeas-2025-16th-hrd",
        note: "Legislation criminalising domestic violence has been adopted (a step); the EU asks for full implementation, so the concern remains.",
      },
    ],
  },
  {
    key: "lgbti-discrimination",
    title: "Discrimination and stigmatisation of LGBTI persons",
    description:
      "Discrimination against and stigmatisation of LGBTI persons, and the call for anti-discrimination legislation.",
    themeKey: "equality-non-discrimination",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2025-brussels",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2025-brussels",
        status: "RAISED",
        quote:
          "The EU also addressed the treatment of LGBTI persons, expressing concerns about discrimination and stigmatization and called for antidiscrimination legislation in this regard.",
        documentKey: "eeas-2025-16th-hrd",
        note: "First raised in the corpus: concerns about discrimination, and a call for anti-discrimination legislation.",
      },
    ],
  },
  {
    key: "non-discrimination",
    title: "Non-discrimination (general)",
    description: "Non-discrimination as a topic of the dialogue.",
    themeKey: "equality-non-discrimination",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "Other topics discussed included legislation in relation to trade unions, violence against women and girls, freedom of religion and belief and non-discrimination as well as cooperation in multilateral fora.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Non-discrimination is listed among the other topics discussed. The 2025 call for anti-discrimination legislation concerns LGBTI persons and is tracked there.",
      },
    ],
  },
  // ── Freedom of religion ───────────────────────────────────────────────────
  {
    key: "freedom-of-religion",
    title: "Freedom of religion or belief and restrictions on religious groups",
    description:
      "Freedom of religion or belief, including excessive restrictions on religious groups.",
    themeKey: "freedom-of-religion",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "The EU raised concerns regarding a number of human rights issues in Kazakhstan, including excessive restrictions on the press, on religious groups and on civil society organisations, and made reference to individual human rights cases.",
        documentKey: "eeas-2013-5th-hrd",
        note: "The EU raised excessive restrictions on religious groups. Freedom of religion or belief was also among the issues addressed.",
      },
      {
        roundKey: "hrd-2020-online",
        status: "NO_PROGRESS",
        quote:
          "Other topics discussed included legislation in relation to trade unions, violence against women and girls, freedom of religion and belief and non-discrimination as well as cooperation in multilateral fora.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Discussed again; the text reports no change.",
      },
    ],
  },
  // ── Death penalty ─────────────────────────────────────────────────────────
  {
    key: "death-penalty-abolition",
    title: "Abolition of the death penalty",
    description:
      "Kazakhstan ratified the second Optional Protocol to the ICCPR, which abolishes the death penalty in law and in practice.",
    themeKey: "death-penalty",
    legalReferences: [
      "Second Optional Protocol to the International Covenant on Civil and Political Rights",
    ],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RESOLVED",
        quote:
          "The EU congratulated Kazakhstan for ratifying the second Optional Protocol to the International Covenant on Civil and Political Rights, which abolishes the death penalty in law and in practice.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU congratulated Kazakhstan on abolishing the death penalty in law and in practice. Resolved.",
      },
    ],
  },
  // ── Labour rights ─────────────────────────────────────────────────────────
  {
    key: "trade-union-rights",
    title: "Trade union rights: imprisoned leaders and trade union legislation",
    description:
      "The situation of imprisoned trade union leaders (2017) and legislation in relation to trade unions (2020).",
    themeKey: "labour-rights",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2017-astana",
    caseKeys: ["imprisoned-trade-union-leaders"],
    statuses: [
      {
        roundKey: "hrd-2017-astana",
        status: "RAISED",
        quote:
          "The High Representative/Vice-President has also raised the situation of imprisoned trade union leaders in recent high-level meetings with the Kazakh authorities.",
        documentKey: "europarl-2018-answer-2017-hrd",
        note: "The answer on the 2017 dialogue says the HR/VP raised this in high-level meetings. It does not say it was raised at the dialogue itself. Attached to the 2017 round because it is the round this text reports on.",
      },
      {
        roundKey: "hrd-2020-online",
        status: "NO_PROGRESS",
        quote:
          "Other topics discussed included legislation in relation to trade unions, violence against women and girls, freedom of religion and belief and non-discrimination as well as cooperation in multilateral fora.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Discussed again, now as trade union legislation; the text reports no change.",
      },
    ],
  },
  // ── Justice & rule of law ─────────────────────────────────────────────────
  {
    key: "house-arrest-asset-freezes-work-bans",
    title: "House arrest, asset freezes and bans on working",
    description:
      "The increasing number of condemnations to house arrest, asset freezes and prohibitions to work in certain areas.",
    themeKey: "justice-rule-of-law",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2017-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2017-astana",
        status: "RAISED",
        quote:
          "The EU side raised its serious concerns about the increasing number of condemnations to house arrest, asset freezes, and prohibitions to work in certain areas.",
        documentKey: "europarl-2018-answer-2017-hrd",
        note: "First raised, as serious concerns. The text does not say who the measures targeted.",
      },
    ],
  },
  {
    key: "independent-justice-fair-proceedings",
    title: "Independent, impartial justice system and fair proceedings",
    description:
      "Rule of law reforms, an independent and impartial justice system, and the legality and fairness of criminal prosecution and judicial proceedings.",
    themeKey: "justice-rule-of-law",
    legalReferences: [],
    firstRaisedRoundKey: "jha-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "jha-2020-online",
        status: "RAISED",
        quote:
          "The EU reaffirmed its support to rule of law reforms and the importance of an independent and impartial justice system, and gave an overview of the implementation of the Central Asia Rule of Law programme, with a budget of €8 million.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU stressed the importance of an independent and impartial justice system. The welcomed announcement of judicial reforms is tracked under the reform process.",
      },
      {
        roundKey: "ombudsman-visit-2021",
        status: "NO_PROGRESS",
        quote:
          "The sides exchanged views and recommendations on the issues of respect for freedom of association and expression, the legality and fairness of criminal prosecution and judicial proceedings, including individual cases, as well as the need for effective improvement of legislation and practice in the field of human rights and the activities of law enforcement agencies and courts.",
        documentKey: "kazinform-2021-ombudsman-visit",
        note: "Discussed with MEPs: the fairness of prosecution and proceedings, and the need to improve the work of law enforcement and the courts. No change is reported.",
      },
    ],
  },
  {
    key: "covid-19-limitations",
    title: "COVID-19 limitations on human rights",
    description:
      "Limitations on human rights to address the COVID-19 health crisis should be legitimate, proportionate, limited in time, non-discriminatory and transparent.",
    themeKey: "justice-rule-of-law",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "The EU stressed that limitations on human rights to address the health crisis caused by the outbreak of COVID-19 pandemic, should only be applied if they are legitimate, proportionate, limited in time, non-discriminatory and transparent.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "A general principle stressed by the EU. No specific measure is criticised.",
      },
    ],
  },
  {
    key: "anti-corruption-fatf",
    title: "Anti-corruption reforms and FATF conditions",
    description:
      "Reforms and mechanisms to tackle corruption and to meet Financial Action Task Force (FATF) conditions.",
    themeKey: "justice-rule-of-law",
    legalReferences: [],
    firstRaisedRoundKey: "jha-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "jha-2020-online",
        status: "IN_PROGRESS",
        quote:
          "The EU welcomed Kazakhstan’s reforms and mechanisms put in place to tackle corruption and to meet Financial Action Task Force (FATF) conditions.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The first mention already welcomes reforms and mechanisms \"put in place\", so the status is steps acknowledged (IN_PROGRESS), not RAISED. Corruption is an ongoing task, not resolved.",
      },
    ],
  },
  {
    key: "human-trafficking",
    title: "Fight against human trafficking",
    description: "Cooperation in the fight against human trafficking.",
    themeKey: "justice-rule-of-law",
    legalReferences: [],
    firstRaisedRoundKey: "jha-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "jha-2020-online",
        status: "RAISED",
        quote:
          "The EU and Kazakhstan exchanged views on migration, asylum and border management tackling illicit drugs and the fight against human trafficking.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "An exchange of views in the JHA Subcommittee. No specific concern is stated.",
      },
    ],
  },
  {
    key: "migration-asylum-border",
    title: "Migration, asylum and border management",
    description:
      "Migration, asylum and border management, including the EU-funded Border Management Programme in Central Asia (BOMCA).",
    themeKey: "justice-rule-of-law",
    legalReferences: [],
    firstRaisedRoundKey: "jha-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "jha-2020-online",
        status: "RAISED",
        quote:
          "The EU and Kazakhstan exchanged views on migration, asylum and border management tackling illicit drugs and the fight against human trafficking.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "An exchange of views in the JHA Subcommittee. The EU also thanked Kazakhstan for its engagement with BOMCA.",
      },
    ],
  },
  {
    key: "counter-terrorism-violent-extremism",
    title: "Countering terrorism and preventing violent extremism",
    description:
      "International and regional cooperation in countering terrorism and preventing violent extremism, including Kazakhstan's experience with Foreign Terrorist Fighters.",
    themeKey: "justice-rule-of-law",
    legalReferences: [],
    firstRaisedRoundKey: "jha-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "jha-2020-online",
        status: "RAISED",
        quote:
          "Both sides stressed the importance of international and regional cooperation in countering terrorism and the prevention of violent extremism.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Both sides stressed a shared priority; the text states no human rights concern.",
      },
    ],
  },
  // ── Individual cases ──────────────────────────────────────────────────────
  {
    key: "individual-cases-general",
    title: "Individual human rights cases (activists, journalists, political prisoners)",
    description:
      "Individual cases raised by the EU at successive rounds, including activists, journalists and political prisoners. In 2020 the EU handed over a list of cases.",
    themeKey: "individual-cases",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "The EU raised concerns regarding a number of human rights issues in Kazakhstan, including excessive restrictions on the press, on religious groups and on civil society organisations, and made reference to individual human rights cases.",
        documentKey: "eeas-2013-5th-hrd",
        note: "The EU referred to individual cases; none are named.",
      },
      {
        roundKey: "hrd-2017-astana",
        status: "NO_PROGRESS",
        quote:
          "During the EU-Kazakhstan Human Rights Dialogue, the EU raised the cases of activists, journalists and political prisoners and urged Kazakhstan to respect the decisions of the United Nations Human Rights Committee regarding some of the cases.",
        documentKey: "europarl-2018-answer-2017-hrd",
        note: "Cases raised again. Named cases (Bokayev, Matayev) are tracked separately.",
      },
      {
        roundKey: "hrd-2020-online",
        status: "NO_PROGRESS",
        quote:
          "The EU raised a number of individual cases and handed over a list at the end of the Dialogue.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Cases raised again and a list handed over. The list is not public in the corpus, and no outcomes are reported.",
      },
      {
        roundKey: "ombudsman-visit-2021",
        status: "NO_PROGRESS",
        quote:
          "The sides exchanged views and recommendations on the issues of respect for freedom of association and expression, the legality and fairness of criminal prosecution and judicial proceedings, including individual cases, as well as the need for effective improvement of legislation and practice in the field of human rights and the activities of law enforcement agencies and courts.",
        documentKey: "kazinform-2021-ombudsman-visit",
        note: "Individual cases were part of the exchange with MEPs; none are named.",
      },
    ],
  },
  {
    key: "torture-victims-cases",
    title: "Individual cases of torture victims",
    description: "Individual cases of victims of torture raised by the EU.",
    themeKey: "individual-cases",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote: "The EU raised individual cases of victims of torture.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Raised; the victims are not named.",
      },
    ],
  },
  {
    key: "max-bokayev-case",
    title: "Imprisonment of Max Bokayev",
    description:
      "Max Bokayev was in prison in November 2017, when the EU Delegation in Astana visited him ahead of the dialogue.",
    themeKey: "individual-cases",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2017-astana",
    caseKeys: ["max-bokayev"],
    statuses: [
      {
        roundKey: "hrd-2017-astana",
        status: "RAISED",
        quote:
          "The EU Delegation in Astana also visited Max Bokayev in prison on 23 November 2017.",
        documentKey: "europarl-2018-answer-2017-hrd",
        note: "A prison visit on 23 November 2017, ahead of the dialogue. The answer does not say explicitly that his case was raised at the dialogue; it says the EU raised cases of activists and political prisoners.",
      },
    ],
  },
  {
    key: "seitkazy-matayev-case",
    title: "Release of Seitkazy Matayev",
    description:
      "The EU welcomed the early release of Seitkazy Matayev on 6 December 2017.",
    themeKey: "individual-cases",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2017-astana",
    caseKeys: ["seitkazy-matayev"],
    statuses: [
      {
        roundKey: "hrd-2017-astana",
        status: "RESOLVED",
        quote:
          "On 6 December 2017, the EU welcomed the early release of Seitkazy Matayev.",
        documentKey: "europarl-2018-answer-2017-hrd",
        note: "The EU welcomed the outcome (early release) on 6 December 2017, a week after the dialogue; reported in the answer on the 2017 round.",
      },
    ],
  },
  // ── Multilateral cooperation ──────────────────────────────────────────────
  {
    key: "un-osce-cooperation",
    title: "Human rights cooperation at the UN, the OSCE and other fora",
    description:
      "EU-Kazakhstan cooperation on human rights at the UN (including the Human Rights Council), the OSCE and other multilateral fora.",
    themeKey: "multilateral-cooperation",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "The delegations also discussed EU-Kazakhstan cooperation on human rights issues at the UN and the OSCE.",
        documentKey: "eeas-2013-5th-hrd",
        note: "Discussed as a topic of cooperation, not a criticism.",
      },
      {
        roundKey: "hrd-2020-online",
        status: "NO_PROGRESS",
        quote:
          "Other topics discussed included legislation in relation to trade unions, violence against women and girls, freedom of religion and belief and non-discrimination as well as cooperation in multilateral fora.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "Discussed again; no change is reported. The EU also recalled the importance of working closely with the OSCE.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "IN_PROGRESS",
        quote:
          "The EU thanked Kazakhstan for the constructive cooperation in the UN Human Rights Council and other international fora and welcomed Kazakhstan’s open engagement during the Universal Periodic Review in January 2025.",
        documentKey: "eeas-2025-16th-hrd",
        note: "The EU acknowledged constructive cooperation; cooperation is ongoing rather than a closed matter.",
      },
    ],
  },
  {
    key: "un-recommendations-implementation",
    title: "Openness to UN scrutiny and implementation of UN recommendations",
    description:
      "Implementing recommendations of UN Special Procedures and Treaty Bodies (2020) and of the Universal Periodic Review of January 2025.",
    themeKey: "multilateral-cooperation",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "The EU recalled the importance to maintain openness to UN scrutiny, including by implementing recommendations of UN Special Procedures and UN Treaty Bodies, and working closely with the OSCE.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU recalled the importance of implementing UN recommendations.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "NO_PROGRESS",
        quote:
          "welcomed Kazakhstan’s open engagement during the Universal Periodic Review in January 2025. The EU encouraged the country to prioritize the implementation of the list of recommendations.",
        documentKey: "eeas-2025-16th-hrd",
        note: "Engagement with the UPR was welcomed, but the EU asks Kazakhstan to prioritise implementing the recommendations, so no implementation is acknowledged. Recorded conservatively as NO_PROGRESS.",
      },
    ],
  },
  {
    key: "un-human-rights-committee-decisions",
    title: "Respect for decisions of the UN Human Rights Committee",
    description:
      "Respecting the decisions of the UN Human Rights Committee on some of the individual cases raised by the EU.",
    themeKey: "multilateral-cooperation",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2017-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2017-astana",
        status: "RAISED",
        quote:
          "During the EU-Kazakhstan Human Rights Dialogue, the EU raised the cases of activists, journalists and political prisoners and urged Kazakhstan to respect the decisions of the United Nations Human Rights Committee regarding some of the cases.",
        documentKey: "europarl-2018-answer-2017-hrd",
        note: "The EU urged Kazakhstan to respect the Committee's decisions; the cases concerned are not named.",
      },
    ],
  },
  // ── Reforms & human rights institutions ───────────────────────────────────
  {
    key: "national-human-rights-action-plan",
    title: "New National Human Rights Action Plan",
    description:
      "Kazakhstan's plan to develop a new National Human Rights Action Plan, which the EU offered to consider supporting.",
    themeKey: "reforms-institutions",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2013-astana",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2013-astana",
        status: "RAISED",
        quote:
          "The EU welcomed Kazakhstan's plan for the development of a new National Human Rights Action Plan, and agreed to consider how it might support the development of that plan.",
        documentKey: "eeas-2013-5th-hrd",
        note: "The EU welcomed a plan to develop a plan; nothing had been adopted, so this is recorded as RAISED rather than IN_PROGRESS. No later text in the corpus mentions the action plan.",
      },
    ],
  },
  {
    key: "reform-process",
    title: "Implementation of Kazakhstan's reform process",
    description:
      "The reform process, including the Supreme Council for Reforms (2020), the announced new stage of reforms on law enforcement and the judicial system, and the overall political commitment to reforms (2025).",
    themeKey: "reforms-institutions",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "IN_PROGRESS",
        quote:
          "The EU acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms, and underlined the importance of effective implementation with the active participation of civil society.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The first mention already acknowledges steps (a Supreme Council for Reforms was established) and asks for effective implementation, so IN_PROGRESS.",
      },
      {
        roundKey: "jha-2020-online",
        status: "IN_PROGRESS",
        quote:
          "On 27 November, during the Subcommittee on Justice and Home Affairs, the EU welcomed President Tokayev’s recent announcement of a new stage of reforms, in particular on issues of law enforcement, the judicial system and prioritizing human rights.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "The EU welcomed an announced new stage of reforms; an announcement, not an implemented result.",
      },
      {
        roundKey: "hrd-2025-brussels",
        status: "IN_PROGRESS",
        quote:
          "The EU welcomed Kazakhstan’s overall political commitment to reforms.",
        documentKey: "eeas-2025-16th-hrd",
        note: "The EU welcomed a political commitment; the reforms themselves are not assessed.",
      },
    ],
  },
  {
    key: "parliamentary-elections-2021",
    title: "Free, fair and transparent parliamentary elections of 10 January 2021",
    description:
      "The EU looked forward to free, fair and transparent parliamentary elections scheduled for 10 January 2021.",
    themeKey: "reforms-institutions",
    legalReferences: [],
    firstRaisedRoundKey: "hrd-2020-online",
    caseKeys: [],
    statuses: [
      {
        roundKey: "hrd-2020-online",
        status: "RAISED",
        quote:
          "The EU is looking forward to free, fair and transparent parliamentary elections scheduled to take place on 10 January 2021.",
        documentKey: "eeas-2020-12th-hrd-18th-jha",
        note: "An expectation stated ahead of the elections. No text in the corpus assesses how they went.",
      },
    ],
  },
  {
    key: "ombudsman-cooperation",
    title: "EU cooperation with Kazakhstan's National Center for Human Rights (ombudsman)",
    description:
      "Developing cooperation between the EU and Kazakhstan's National Center for Human Rights, including through the Civil Forum 'Central Asia - the European Union'.",
    themeKey: "reforms-institutions",
    legalReferences: [],
    firstRaisedRoundKey: "ombudsman-visit-2021",
    caseKeys: [],
    statuses: [
      {
        roundKey: "ombudsman-visit-2021",
        status: "RAISED",
        quote:
          "During the meeting with the new Special Representative of the European Union for Central Asia, Ms. Teri Hakala expressed interest in developing multifaceted cooperation with the National Center for Human Rights in the Republic of Kazakhstan, including through the Civil Forum «Central Asia - the European Union».",
        documentKey: "kazinform-2021-ombudsman-visit",
        note: "The sentence is ambiguous but most plausibly says the EU Special Representative for Central Asia expressed interest in cooperating with the ombudsman's National Center. Reported by the Kazakh side.",
      },
    ],
  },
  {
    key: "inter-parliamentary-dialogue",
    title: "Parliamentary dialogue between Kazakhstan and the EU on human rights",
    description:
      "Continuing a trusting dialogue between Kazakh and EU parliamentarians, including through the Parliamentary Cooperation Committee and inter-parliamentary forums.",
    themeKey: "reforms-institutions",
    legalReferences: [],
    firstRaisedRoundKey: "ombudsman-visit-2021",
    caseKeys: [],
    statuses: [
      {
        roundKey: "ombudsman-visit-2021",
        status: "RAISED",
        quote:
          "the parties stressed the importance of continuing a trusting dialogue between the parliamentarians of the Republic of Kazakhstan and the EU, including through the Parliamentary Cooperation Committee «The Republic of Kazakhstan - the European Union» and various international inter-parliamentary forums and associations.",
        documentKey: "kazinform-2021-ombudsman-visit",
        note: "Stressed by both parties after the meetings with the European Parliament. Reported by the Kazakh side.",
      },
    ],
  },
];
