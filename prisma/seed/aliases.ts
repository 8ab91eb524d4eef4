// Aliases of the demo concerns: the words an analyst reading English, Russian,
// Kazakh or Italian sources would search for (issue 9). Keyed by the concern's
// seed key in data.ts. Russian and Kazakh terms are given in their dictionary
// form: Russian passages are stemmed, and a Kazakh word matches any form that
// starts with it (азаптау → азаптауға, азаптаудың). Written from the concerns'
// definitions, not from the evaluation passages in test/eval.

export type SeedAlias = { term: string; language: "en" | "ru" | "kk" | "it" };

const en = (...terms: string[]): SeedAlias[] => terms.map((term) => ({ term, language: "en" }));
const ru = (...terms: string[]): SeedAlias[] => terms.map((term) => ({ term, language: "ru" }));
const kk = (...terms: string[]): SeedAlias[] => terms.map((term) => ({ term, language: "kk" }));
const it = (...terms: string[]): SeedAlias[] => terms.map((term) => ({ term, language: "it" }));

export const aliases: Record<string, SeedAlias[]> = {
  "press-restrictions-media-law": [
    ...en("media law", "press freedom", "restrictions on the press"),
    ...ru("закон о СМИ", "закон о масс-медиа", "свобода прессы", "ограничения прессы"),
    ...kk("БАҚ туралы заң", "баспасөз бостандығы", "баспасөзге шектеу"),
    ...it("legge sui media", "restrizioni alla stampa", "libertà di stampa"),
  ],
  "media-accreditation-powers": [
    ...en("accreditation", "foreign media outlets"),
    ...ru("аккредитация", "аккредитации журналистов", "иностранные СМИ"),
    ...kk("аккредиттеу", "шетелдік БАҚ"),
    ...it("accreditamento", "media stranieri"),
  ],
  "freedom-of-expression-general": [
    ...en("freedom of expression", "freedom of speech"),
    ...ru("свобода выражения", "свобода слова", "свобода выражения мнений"),
    ...kk("сөз бостандығы", "пікір білдіру бостандығы"),
    ...it("libertà di espressione", "libertà di parola"),
  ],
  "false-information-charges": [
    ...en("false information", "disinformation", "fake news"),
    ...ru("ложная информация", "заведомо ложная информация", "распространение ложной информации"),
    ...kk("жалған ақпарат", "көрінеу жалған ақпарат"),
    ...it("informazioni false", "notizie false"),
  ],
  "insult-offences": [
    ...en("insult", "insulting a government representative"),
    ...ru("оскорбление", "оскорбление представителя власти"),
    ...kk("қорлау", "билік өкілін қорлау"),
    ...it("ingiuria", "oltraggio a pubblico ufficiale"),
  ],
  "defamation-decriminalisation": [
    ...en("defamation", "libel"),
    ...ru("клевета", "декриминализация клеветы"),
    ...kk("жала жабу", "жала"),
    ...it("diffamazione", "depenalizzazione della diffamazione"),
  ],
  "civil-society-space": [
    ...en("civil society", "NGOs", "non-governmental organisations"),
    ...ru("гражданское общество", "НПО", "неправительственные организации"),
    ...kk("азаматтық қоғам", "ҮЕҰ", "үкіметтік емес ұйымдар"),
    ...it("società civile", "ONG", "organizzazioni non governative"),
  ],
  "foreign-agents-law": [
    ...en("foreign agents", "foreign agent law"),
    ...ru("иностранные агенты", "закон об иностранных агентах"),
    ...kk("шетелдік агент", "шетел агенттері"),
    ...it("agenti stranieri"),
  ],
  "freedom-of-association": [
    ...en("freedom of association"),
    ...ru("свобода объединений", "свобода ассоциаций"),
    ...kk("бірлестіктер бостандығы", "бірігу бостандығы"),
    ...it("libertà di associazione"),
  ],
  "peaceful-assembly": [
    ...en("peaceful assembly", "protesters", "demonstrations", "rallies"),
    ...ru("мирные собрания", "свобода собраний", "протестующие", "митинги"),
    ...kk("бейбіт жиналыс", "жиналыс бостандығы", "наразылық", "митинг"),
    ...it("riunione pacifica", "libertà di riunione", "manifestanti"),
  ],
  "constitutional-court-assembly-ruling": [
    ...en("Constitutional Court", "ruling of 25 January 2025"),
    ...ru("Конституционный суд", "постановление Конституционного суда"),
    ...kk("Конституциялық сот", "Конституциялық Соттың қаулысы"),
    ...it("Corte costituzionale"),
  ],
  "torture-prevention-investigations": [
    ...en("torture", "ill-treatment", "torture investigations"),
    ...ru("пытки", "пыток", "жестокое обращение", "расследование пыток"),
    ...kk("азаптау", "қатыгездік", "азаптаудың алдын алу"),
    ...it("tortura", "maltrattamenti"),
  ],
  "january-2022-events-investigation": [
    ...en("January 2022 events", "January events", "Qantar"),
    ...ru("январские события", "события января 2022 года"),
    ...kk("қаңтар оқиғалары", "Қаңтар"),
    ...it("eventi di gennaio 2022", "fatti di gennaio"),
  ],
  "womens-rights-gender-equality": [
    ...en("women's rights", "gender equality"),
    ...ru("права женщин", "гендерное равенство"),
    ...kk("әйелдер құқықтары", "гендерлік теңдік"),
    ...it("diritti delle donne", "parità di genere", "uguaglianza di genere"),
  ],
  "violence-against-women-domestic-violence": [
    ...en("domestic violence", "violence against women"),
    ...ru("бытовое насилие", "домашнее насилие", "насилие в отношении женщин", "насилие в семье"),
    ...kk("зорлық-зомбылық", "тұрмыстық зорлық-зомбылық", "отбасылық зорлық"),
    ...it("violenza domestica", "violenza contro le donne"),
  ],
  "lgbti-discrimination": [
    ...en("LGBTI", "LGBT", "sexual orientation", "gender identity"),
    ...ru("ЛГБТИ", "ЛГБТ", "сексуальная ориентация"),
    ...kk("ЛГБТИ адамдар", "жыныстық бағдар"),
    ...it("persone LGBTI", "orientamento sessuale"),
  ],
  "non-discrimination": [
    ...en("non-discrimination", "discrimination"),
    ...ru("недискриминация", "дискриминация"),
    ...kk("кемсітпеушілік", "кемсіту"),
    ...it("non discriminazione", "discriminazione"),
  ],
  "freedom-of-religion": [
    ...en("freedom of religion", "freedom of belief", "religious groups"),
    ...ru("свобода вероисповедания", "свобода религии", "религиозные группы", "религиозные объединения"),
    ...kk("діни сенім бостандығы", "ар-ождан бостандығы", "діни топтар", "діни бірлестіктер"),
    ...it("libertà religiosa", "libertà di religione", "gruppi religiosi"),
  ],
  "death-penalty-abolition": [
    ...en("death penalty", "capital punishment", "Second Optional Protocol"),
    ...ru("смертная казнь", "отмена смертной казни", "Второй Факультативный протокол"),
    ...kk("өлім жазасы", "өлім жазасын жою"),
    ...it("pena di morte", "pena capitale"),
  ],
  "trade-union-rights": [
    ...en("trade unions", "trade union leaders", "labour rights"),
    ...ru("профсоюзы", "профсоюзные лидеры", "профессиональные союзы"),
    ...kk("кәсіподақ", "кәсіподақ көшбасшылары"),
    ...it("sindacati", "sindacalisti"),
  ],
  "house-arrest-asset-freezes-work-bans": [
    ...en("house arrest", "asset freeze", "ban on working"),
    ...ru("домашний арест", "замораживание активов", "запрет на работу"),
    ...kk("үй қамағы", "мүлікті бұғаттау", "жұмыс істеуге тыйым"),
    ...it("arresti domiciliari", "congelamento dei beni", "divieto di lavorare"),
  ],
  "independent-justice-fair-proceedings": [
    ...en("independent judiciary", "fair trial", "rule of law", "judicial proceedings"),
    ...ru("независимость судебной системы", "справедливое судебное разбирательство", "верховенство права", "судебная система"),
    ...kk("сот жүйесі", "әділ сот", "заң үстемдігі", "тәуелсіз сот"),
    ...it("stato di diritto", "giusto processo", "sistema giudiziario"),
  ],
  "covid-19-limitations": [
    ...en("COVID-19", "pandemic", "health crisis"),
    ...ru("пандемия", "коронавирус", "ограничения в связи с пандемией"),
    ...kk("індет", "пандемия кезіндегі шектеулер"),
    ...it("pandemia", "emergenza sanitaria"),
  ],
  "anti-corruption-fatf": [
    ...en("corruption", "anti-corruption", "FATF", "money laundering"),
    ...ru("коррупция", "противодействие коррупции", "ФАТФ"),
    ...kk("жемқорлық", "сыбайлас жемқорлық"),
    ...it("corruzione", "anticorruzione", "GAFI"),
  ],
  "human-trafficking": [
    ...en("human trafficking", "trafficking in human beings"),
    ...ru("торговля людьми"),
    ...kk("адам саудасы"),
    ...it("tratta di esseri umani", "traffico di esseri umani"),
  ],
  "migration-asylum-border": [
    ...en("migration", "asylum", "border management", "BOMCA"),
    ...ru("миграция", "убежище", "управление границами", "пограничный контроль"),
    ...kk("көші-қон", "баспана беру", "шекараны басқару"),
    ...it("migrazione", "asilo", "gestione delle frontiere"),
  ],
  "counter-terrorism-violent-extremism": [
    ...en("terrorism", "violent extremism", "foreign terrorist fighters"),
    ...ru("терроризм", "насильственный экстремизм", "противодействие терроризму"),
    ...kk("лаңкестік", "терроризмге қарсы іс-қимыл", "зорлықшыл экстремизм"),
    ...it("terrorismo", "estremismo violento"),
  ],
  "individual-cases-general": [
    ...en("individual cases", "political prisoners", "activists"),
    ...ru("индивидуальные случаи", "индивидуальные дела", "политические заключённые", "активисты"),
    ...kk("жеке істер", "саяси тұтқындар", "белсенділер"),
    ...it("casi individuali", "prigionieri politici"),
  ],
  "torture-victims-cases": [
    ...en("victims of torture", "torture victims"),
    ...ru("жертвы пыток", "пострадавшие от пыток"),
    ...kk("азаптау құрбандары", "азаптаудан зардап шеккендер"),
    ...it("vittime di tortura"),
  ],
  "max-bokayev-case": [...en("Max Bokayev", "Bokaev"), ...ru("Макс Бокаев", "Бокаев"), ...kk("Боқаев")],
  "seitkazy-matayev-case": [
    ...en("Seitkazy Matayev", "Matayev"),
    ...ru("Сейтказы Матаев", "Матаев"),
    ...kk("Сейтқазы Матаев", "Сейтқазы"),
  ],
  "un-osce-cooperation": [
    ...en("OSCE", "UN Human Rights Council", "multilateral fora"),
    ...ru("ОБСЕ", "Совет ООН по правам человека", "многосторонние форумы"),
    ...kk("ЕҚЫҰ", "БҰҰ Адам құқықтары жөніндегі кеңесі", "көпжақты алаңдар"),
    ...it("Consiglio dei diritti umani", "fora multilaterali"),
  ],
  "un-recommendations-implementation": [
    ...en("UN recommendations", "Universal Periodic Review", "UPR", "Special Procedures", "Treaty Bodies"),
    ...ru("Универсальный периодический обзор", "УПО", "рекомендации ООН", "специальные процедуры"),
    ...kk("Жалпыға бірдей мерзімдік шолу", "БҰҰ ұсынымдары", "ұсынымдар"),
    ...it("Revisione periodica universale", "raccomandazioni"),
  ],
  "un-human-rights-committee-decisions": [
    ...en("Human Rights Committee", "decisions of the Human Rights Committee"),
    ...ru("Комитет по правам человека", "решения Комитета ООН"),
    ...kk("Адам құқықтары жөніндегі комитет", "комитеттің шешімдері"),
    ...it("Comitato per i diritti umani"),
  ],
  "national-human-rights-action-plan": [
    ...en("National Human Rights Action Plan", "action plan"),
    ...ru("Национальный план действий", "план действий в области прав человека"),
    ...kk("Ұлттық іс-қимыл жоспары", "іс-қимыл жоспары"),
    ...it("piano d'azione nazionale"),
  ],
  "reform-process": [
    ...en("reforms", "Supreme Council for Reforms", "political reforms"),
    ...ru("реформы", "политические реформы", "Высший совет по реформам"),
    ...kk("реформалар", "саяси реформалар"),
    ...it("riforme"),
  ],
  "parliamentary-elections-2021": [
    ...en("parliamentary elections", "elections"),
    ...ru("парламентские выборы", "выборы"),
    ...kk("парламенттік сайлау", "сайлау"),
    ...it("elezioni parlamentari"),
  ],
  "ombudsman-cooperation": [
    ...en("ombudsman", "Commissioner for Human Rights", "National Center for Human Rights"),
    ...ru("омбудсмен", "Уполномоченный по правам человека", "Национальный центр по правам человека"),
    ...kk("адам құқықтары жөніндегі уәкіл", "Адам құқықтары жөніндегі ұлттық орталық"),
    ...it("difensore civico", "Commissario per i diritti umani"),
  ],
  "inter-parliamentary-dialogue": [
    ...en("parliamentary cooperation", "inter-parliamentary", "parliamentarians"),
    ...ru("межпарламентское сотрудничество", "парламентарии", "депутаты"),
    ...kk("парламентаралық", "парламентшілер", "депутаттар"),
    ...it("cooperazione parlamentare", "parlamentari"),
  ],
};
