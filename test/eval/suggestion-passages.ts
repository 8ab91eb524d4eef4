// The labelled set for `npm run eval:suggestions` (issue 9, item 5): passages
// taken verbatim from the five corpus texts (prisma/seed/corpus), each with the
// demo concern(s) it is about, by seed key (prisma/seed/data.ts). Some passages
// are whole sentences, some the clause an analyst would select. For 35 of them
// we wrote Russian and Kazakh translations, and Italian ones for 12: what an
// analyst would meet in a Russian, Kazakh or Italian source about the same
// round. The labels and translations were written before the ranking was
// tuned, and were not changed to suit it.

export type EvalPassage = {
  /** Corpus file name; the script checks that `text` occurs in it. */
  file: string;
  text: string;
  /** Seed keys of the concerns the passage is about; a suggestion of any of them counts. */
  concerns: string[];
  ru?: string;
  kk?: string;
  it?: string;
};

const F2013 = "2013-11-27_eeas_5th-hrd-astana.txt";
const F2017 = "2018-02-21_europarl_answer-on-2017-hrd.txt";
const F2020 = "2020-11-27_eeas_12th-hrd-and-18th-jha-online.txt";
const F2021 = "2021-07-15_kazinform_ombudsman-visit-brussels.txt";
const F2025 = "2025-03-06_eeas_16th-hrd-brussels.txt";

export const EVAL_PASSAGES: EvalPassage[] = [
  // ── 2013, 5th dialogue ──
  {
    file: F2013,
    text: "A broad range of issues were addressed in the meeting, including freedom of expression, the status of civil society organisations, freedom of religion or belief, the prevention of torture and women's rights.",
    concerns: ["freedom-of-expression-general", "civil-society-space", "freedom-of-religion", "torture-prevention-investigations", "womens-rights-gender-equality"],
  },
  {
    file: F2013,
    text: "the prevention of torture and women's rights",
    concerns: ["torture-prevention-investigations", "womens-rights-gender-equality"],
    ru: "предупреждение пыток и права женщин",
    kk: "азаптаудың алдын алу және әйелдердің құқықтары",
  },
  {
    file: F2013,
    text: "freedom of religion or belief",
    concerns: ["freedom-of-religion"],
    ru: "свобода вероисповедания или убеждений",
    kk: "діни сенім немесе наным бостандығы",
  },
  {
    file: F2013,
    text: "The EU raised concerns regarding a number of human rights issues in Kazakhstan, including excessive restrictions on the press, on religious groups and on civil society organisations, and made reference to individual human rights cases.",
    concerns: ["press-restrictions-media-law", "freedom-of-religion", "civil-society-space", "individual-cases-general"],
  },
  {
    file: F2013,
    text: "excessive restrictions on the press",
    concerns: ["press-restrictions-media-law"],
    ru: "чрезмерные ограничения в отношении прессы",
    kk: "баспасөзге қатысты шектен тыс шектеулер",
    it: "eccessive restrizioni alla stampa",
  },
  { file: F2013, text: "on religious groups and on civil society organisations", concerns: ["freedom-of-religion", "civil-society-space"] },
  { file: F2013, text: "made reference to individual human rights cases", concerns: ["individual-cases-general"] },
  {
    file: F2013,
    text: "The EU welcomed Kazakhstan's plan for the development of a new National Human Rights Action Plan, and agreed to consider how it might support the development of that plan.",
    concerns: ["national-human-rights-action-plan"],
    ru: "ЕС приветствовал план Казахстана по разработке нового Национального плана действий в области прав человека и согласился рассмотреть, как он мог бы поддержать его разработку.",
    kk: "ЕО Қазақстанның Адам құқықтары жөніндегі жаңа ұлттық іс-қимыл жоспарын әзірлеу жоспарын құптады және оны әзірлеуге қалай қолдау көрсете алатынын қарастыруға келісті.",
  },
  {
    file: F2013,
    text: "The delegations also discussed EU-Kazakhstan cooperation on human rights issues at the UN and the OSCE.",
    concerns: ["un-osce-cooperation"],
    ru: "Делегации также обсудили сотрудничество ЕС и Казахстана по вопросам прав человека в ООН и ОБСЕ.",
    kk: "Делегациялар сондай-ақ ЕО мен Қазақстанның БҰҰ мен ЕҚЫҰ-дағы адам құқықтары мәселелері бойынша ынтымақтастығын талқылады.",
  },
  {
    file: F2013,
    text: "the EU Delegation to Kazakhstan held a Civil Society Seminar in Astana on 26 November, which was attended by a broad range of Kazakh civil society activists, including human rights defenders.",
    concerns: ["civil-society-space"],
  },
  // ── 2017 dialogue (European Parliament answer) ──
  {
    file: F2017,
    text: "The EU Delegation in Astana also visited Max Bokayev in prison on 23 November 2017.",
    concerns: ["max-bokayev-case"],
    ru: "Представительство ЕС в Астане также посетило Макса Бокаева в тюрьме 23 ноября 2017 года.",
    kk: "ЕО-ның Астанадағы өкілдігі 2017 жылғы 23 қарашада түрмедегі Макс Бокаевқа да барды.",
    it: "La delegazione dell'UE ad Astana ha inoltre fatto visita a Max Bokayev in carcere il 23 novembre 2017.",
  },
  { file: F2017, text: "visited Max Bokayev in prison", concerns: ["max-bokayev-case"] },
  {
    file: F2017,
    text: "During the EU-Kazakhstan Human Rights Dialogue, the EU raised the cases of activists, journalists and political prisoners and urged Kazakhstan to respect the decisions of the United Nations Human Rights Committee regarding some of the cases.",
    concerns: ["individual-cases-general", "un-human-rights-committee-decisions"],
  },
  { file: F2017, text: "the EU raised the cases of activists, journalists and political prisoners", concerns: ["individual-cases-general"] },
  {
    file: F2017,
    text: "urged Kazakhstan to respect the decisions of the United Nations Human Rights Committee regarding some of the cases",
    concerns: ["un-human-rights-committee-decisions"],
    ru: "призвал Казахстан уважать решения Комитета ООН по правам человека в отношении некоторых из этих дел",
    kk: "Қазақстанды осы істердің кейбіріне қатысты БҰҰ Адам құқықтары жөніндегі комитетінің шешімдерін құрметтеуге шақырды",
  },
  {
    file: F2017,
    text: "The EU side raised its serious concerns about the increasing number of condemnations to house arrest, asset freezes, and prohibitions to work in certain areas.",
    concerns: ["house-arrest-asset-freezes-work-bans"],
    ru: "Сторона ЕС выразила серьёзную обеспокоенность растущим числом приговоров к домашнему аресту, замораживанию активов и запретам на работу в определённых сферах.",
    kk: "ЕО тарабы үй қамағына, мүлікті бұғаттауға және белгілі бір салаларда жұмыс істеуге тыйым салуға үкім шығару жағдайларының көбеюіне қатты алаңдаушылық білдірді.",
  },
  {
    file: F2017,
    text: "The High Representative/Vice-President has also raised the situation of imprisoned trade union leaders in recent high-level meetings with the Kazakh authorities.",
    concerns: ["trade-union-rights"],
    ru: "Верховный представитель/вице-председатель также поднимала вопрос о положении заключённых профсоюзных лидеров на недавних встречах высокого уровня с казахстанскими властями.",
    kk: "Жоғарғы өкіл/вице-президент сондай-ақ Қазақстан билігімен жақында өткен жоғары деңгейдегі кездесулерде түрмедегі кәсіподақ көшбасшыларының жағдайын көтерді.",
  },
  {
    file: F2017,
    text: "On 6 December 2017, the EU welcomed the early release of Seitkazy Matayev.",
    concerns: ["seitkazy-matayev-case"],
    ru: "6 декабря 2017 года ЕС приветствовал досрочное освобождение Сейтказы Матаева.",
    kk: "2017 жылғы 6 желтоқсанда ЕО Сейтқазы Матаевтың мерзімінен бұрын босатылуын құптады.",
  },
  { file: F2017, text: "the early release of Seitkazy Matayev", concerns: ["seitkazy-matayev-case"] },
  {
    file: F2017,
    text: "The EU also supports civil society projects promoting human rights and democratic reforms in Kazakhstan, in particular in relation to freedom of expression, peaceful assembly and association as well as efforts to further engage civil society in the public policy-making process.",
    concerns: ["civil-society-space", "freedom-of-expression-general", "peaceful-assembly", "freedom-of-association"],
  },
  { file: F2017, text: "efforts to further engage civil society in the public policy-making process", concerns: ["civil-society-space"] },
  {
    file: F2017,
    text: "The EU finances a substantial programme that supports judicial reforms and the rule of law in Kazakhstan as well as access to justice for vulnerable groups.",
    concerns: ["independent-justice-fair-proceedings"],
  },
  {
    file: F2017,
    text: "the EU held several consultations with local and international non-governmental organisations as well as family members of activists",
    concerns: ["civil-society-space", "individual-cases-general"],
  },
  // ── 2020, 12th dialogue and 18th JHA subcommittee ──
  {
    file: F2020,
    text: "The EU stressed that limitations on human rights to address the health crisis caused by the outbreak of COVID-19 pandemic, should only be applied if they are legitimate, proportionate, limited in time, non-discriminatory and transparent.",
    concerns: ["covid-19-limitations"],
    ru: "ЕС подчеркнул, что ограничения прав человека для преодоления кризиса в сфере здравоохранения, вызванного пандемией COVID-19, должны применяться только в том случае, если они законны, соразмерны, ограничены во времени, недискриминационны и прозрачны.",
    kk: "ЕО COVID-19 пандемиясы тудырған денсаулық сақтау саласындағы дағдарысты еңсеру үшін адам құқықтарына енгізілетін шектеулер заңды, мөлшерлес, уақыт жағынан шектеулі, кемсітусіз және ашық болған жағдайда ғана қолданылуы тиіс екенін атап өтті.",
  },
  { file: F2020, text: "limitations on human rights to address the health crisis caused by the outbreak of COVID-19 pandemic", concerns: ["covid-19-limitations"] },
  {
    file: F2020,
    text: "The EU acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms, and underlined the importance of effective implementation with the active participation of civil society.",
    concerns: ["reform-process", "civil-society-space"],
  },
  { file: F2020, text: "the establishment of a Supreme Council for Reforms", concerns: ["reform-process"] },
  {
    file: F2020,
    text: "The EU is looking forward to free, fair and transparent parliamentary elections scheduled to take place on 10 January 2021.",
    concerns: ["parliamentary-elections-2021"],
    ru: "ЕС рассчитывает на свободные, справедливые и прозрачные парламентские выборы, которые должны состояться 10 января 2021 года.",
    kk: "ЕО 2021 жылғы 10 қаңтарда өтетін парламенттік сайлаудың еркін, әділ және ашық болатынына сенім білдіреді.",
  },
  {
    file: F2020,
    text: "The EU congratulated Kazakhstan for ratifying the second Optional Protocol to the International Covenant on Civil and Political Rights, which abolishes the death penalty in law and in practice.",
    concerns: ["death-penalty-abolition"],
    ru: "ЕС поздравил Казахстан с ратификацией Второго Факультативного протокола к Международному пакту о гражданских и политических правах, который отменяет смертную казнь в законе и на практике.",
    kk: "ЕО Қазақстанды өлім жазасын заңда да, іс жүзінде де жоятын Азаматтық және саяси құқықтар туралы халықаралық пактінің екінші факультативтік хаттамасын ратификациялауымен құттықтады.",
    it: "L'UE si è congratulata con il Kazakhstan per la ratifica del secondo Protocollo opzionale al Patto internazionale sui diritti civili e politici, che abolisce la pena di morte per legge e nella pratica.",
  },
  { file: F2020, text: "which abolishes the death penalty in law and in practice", concerns: ["death-penalty-abolition"] },
  {
    file: F2020,
    text: "Both parties discussed at length prevention of torture and ill-treatment and the EU called on Kazakhstan to take further steps to conduct prompt, thorough, impartial and independent investigations into all allegations of torture while acknowledging actions already taken.",
    concerns: ["torture-prevention-investigations"],
    ru: "Стороны подробно обсудили предупреждение пыток и жестокого обращения, и ЕС призвал Казахстан предпринять дальнейшие шаги для проведения оперативных, тщательных, беспристрастных и независимых расследований всех заявлений о пытках, признав уже принятые меры.",
    kk: "Тараптар азаптау мен қатыгездікпен қараудың алдын алу мәселесін жан-жақты талқылады, ал ЕО Қазақстанды бұрын қабылданған шараларды мойындай отырып, азаптау туралы барлық шағымдар бойынша жедел, мұқият, бейтарап және тәуелсіз тергеу жүргізу үшін одан әрі қадамдар жасауға шақырды.",
    it: "Entrambe le parti hanno discusso a lungo della prevenzione della tortura e dei maltrattamenti e l'UE ha invitato il Kazakhstan ad adottare ulteriori misure per condurre indagini tempestive, approfondite, imparziali e indipendenti su tutte le denunce di tortura, pur riconoscendo le azioni già intraprese.",
  },
  { file: F2020, text: "prompt, thorough, impartial and independent investigations into all allegations of torture", concerns: ["torture-prevention-investigations"] },
  {
    file: F2020,
    text: "The EU raised individual cases of victims of torture.",
    concerns: ["torture-victims-cases"],
    ru: "ЕС поднял индивидуальные случаи жертв пыток.",
    kk: "ЕО азаптау құрбандарының жеке істерін көтерді.",
  },
  {
    file: F2020,
    text: "The EU insisted on the need to uphold the right to peaceful assembly and freedom of association, including not harassing or sanctioning peaceful protesters.",
    concerns: ["peaceful-assembly", "freedom-of-association"],
    ru: "ЕС настаивал на необходимости соблюдать право на мирные собрания и свободу объединений, в том числе не преследовать и не наказывать мирных протестующих.",
    kk: "ЕО бейбіт жиналыс құқығы мен бірлестіктер бостандығын сақтау, соның ішінде бейбіт наразылық білдірушілерді қудаламау және жазаламау қажеттігін талап етті.",
  },
  { file: F2020, text: "not harassing or sanctioning peaceful protesters", concerns: ["peaceful-assembly"] },
  {
    file: F2020,
    text: "The EU welcomed the positive development of decriminalising defamation",
    concerns: ["defamation-decriminalisation"],
    ru: "ЕС приветствовал позитивный шаг — декриминализацию клеветы",
    kk: "ЕО жала жабуды қылмыстық жазадан шығаруды оң қадам ретінде құптады",
    it: "L'UE ha accolto con favore lo sviluppo positivo della depenalizzazione della diffamazione",
  },
  {
    file: F2020,
    text: "activists, bloggers and journalists are charged of knowingly disseminating “false” information (Criminal Code Article 274)",
    concerns: ["false-information-charges"],
    ru: "активистам, блогерам и журналистам предъявляются обвинения в распространении заведомо ложной информации (статья 274 Уголовного кодекса)",
    kk: "белсенділерге, блогерлер мен журналистерге көрінеу жалған ақпарат таратты деген айып тағылуда (Қылмыстық кодекстің 274-бабы)",
    it: "attivisti, blogger e giornalisti sono accusati di diffondere consapevolmente informazioni «false» (articolo 274 del codice penale)",
  },
  {
    file: F2020,
    text: "the offenses of “insult” and “insulting a government representative” remain subject to criminal penalty (Articles 131 and 378).",
    concerns: ["insult-offences"],
    ru: "«оскорбление» и «оскорбление представителя власти» по-прежнему влекут уголовную ответственность (статьи 131 и 378).",
    kk: "«қорлау» және «билік өкілін қорлау» әрекеттері үшін әлі де қылмыстық жаза көзделген (131 және 378-баптар).",
  },
  {
    file: F2020,
    text: "Other topics discussed included legislation in relation to trade unions, violence against women and girls, freedom of religion and belief and non-discrimination as well as cooperation in multilateral fora.",
    concerns: ["trade-union-rights", "violence-against-women-domestic-violence", "freedom-of-religion", "non-discrimination", "un-osce-cooperation"],
  },
  { file: F2020, text: "legislation in relation to trade unions", concerns: ["trade-union-rights"] },
  {
    file: F2020,
    text: "violence against women and girls",
    concerns: ["violence-against-women-domestic-violence"],
    ru: "насилие в отношении женщин и девочек",
    kk: "әйелдер мен қыздарға қатысты зорлық-зомбылық",
    it: "la violenza contro le donne e le ragazze",
  },
  { file: F2020, text: "cooperation in multilateral fora", concerns: ["un-osce-cooperation"] },
  {
    file: F2020,
    text: "The EU recalled the importance to maintain openness to UN scrutiny, including by implementing recommendations of UN Special Procedures and UN Treaty Bodies, and working closely with the OSCE.",
    concerns: ["un-recommendations-implementation", "un-osce-cooperation"],
  },
  { file: F2020, text: "implementing recommendations of UN Special Procedures and UN Treaty Bodies", concerns: ["un-recommendations-implementation"] },
  {
    file: F2020,
    text: "The EU raised a number of individual cases and handed over a list at the end of the Dialogue.",
    concerns: ["individual-cases-general"],
    ru: "ЕС поднял ряд индивидуальных дел и в конце Диалога передал их список.",
    kk: "ЕО бірқатар жеке істерді көтеріп, Диалог соңында олардың тізімін тапсырды.",
  },
  {
    file: F2020,
    text: "the EU welcomed President Tokayev’s recent announcement of a new stage of reforms, in particular on issues of law enforcement, the judicial system and prioritizing human rights.",
    concerns: ["reform-process"],
  },
  {
    file: F2020,
    text: "The EU reaffirmed its support to rule of law reforms and the importance of an independent and impartial justice system",
    concerns: ["independent-justice-fair-proceedings"],
  },
  {
    file: F2020,
    text: "gave an overview of the implementation of the Central Asia Rule of Law programme, with a budget of €8 million.",
    concerns: ["independent-justice-fair-proceedings"],
  },
  {
    file: F2020,
    text: "The EU welcomed Kazakhstan’s reforms and mechanisms put in place to tackle corruption and to meet Financial Action Task Force (FATF) conditions.",
    concerns: ["anti-corruption-fatf"],
    ru: "ЕС приветствовал реформы и механизмы, введённые в Казахстане для борьбы с коррупцией и выполнения требований Группы разработки финансовых мер борьбы с отмыванием денег (ФАТФ).",
    kk: "ЕО Қазақстанның сыбайлас жемқорлықпен күресу және Қаржылық мониторинг жөніндегі топтың (ФАТФ) талаптарын орындау үшін енгізген реформалары мен тетіктерін құптады.",
    it: "L'UE ha accolto con favore le riforme e i meccanismi introdotti dal Kazakhstan per contrastare la corruzione e soddisfare le condizioni del Gruppo d'azione finanziaria internazionale (GAFI).",
  },
  {
    file: F2020,
    text: "The EU and Kazakhstan exchanged views on migration, asylum and border management tackling illicit drugs and the fight against human trafficking.",
    concerns: ["migration-asylum-border", "human-trafficking"],
    ru: "ЕС и Казахстан обменялись мнениями по вопросам миграции, убежища и управления границами, борьбы с незаконным оборотом наркотиков и торговлей людьми.",
    kk: "ЕО мен Қазақстан көші-қон, баспана беру және шекараны басқару, есірткінің заңсыз айналымына қарсы күрес және адам саудасына қарсы күрес мәселелері бойынша пікір алмасты.",
  },
  { file: F2020, text: "the fight against human trafficking", concerns: ["human-trafficking"] },
  {
    file: F2020,
    text: "The EU thanked Kazakhstan for its engagement with the EU funded Border Management Programme in Central Asia (BOMCA).",
    concerns: ["migration-asylum-border"],
  },
  {
    file: F2020,
    text: "Both sides stressed the importance of international and regional cooperation in countering terrorism and the prevention of violent extremism.",
    concerns: ["counter-terrorism-violent-extremism"],
    ru: "Обе стороны подчеркнули важность международного и регионального сотрудничества в противодействии терроризму и предупреждении насильственного экстремизма.",
    kk: "Екі тарап терроризмге қарсы іс-қимыл мен зорлықшыл экстремизмнің алдын алудағы халықаралық және өңірлік ынтымақтастықтың маңыздылығын атап өтті.",
  },
  {
    file: F2020,
    text: "The EU and Kazakhstan had an exchange on Kazakhstan’s experience in dealing with Foreign Terrorist Fighters.",
    concerns: ["counter-terrorism-violent-extremism"],
  },
  // ── 2021, the ombudsman's visit (Kazinform) ──
  {
    file: F2021,
    text: "The sides exchanged views and recommendations on the issues of respect for freedom of association and expression, the legality and fairness of criminal prosecution and judicial proceedings, including individual cases, as well as the need for effective improvement of legislation and practice in the field of human rights and the activities of law enforcement agencies and courts.",
    concerns: ["freedom-of-association", "freedom-of-expression-general", "independent-justice-fair-proceedings", "individual-cases-general"],
  },
  { file: F2021, text: "respect for freedom of association and expression", concerns: ["freedom-of-association", "freedom-of-expression-general"] },
  {
    file: F2021,
    text: "the legality and fairness of criminal prosecution and judicial proceedings",
    concerns: ["independent-justice-fair-proceedings"],
    ru: "законность и справедливость уголовного преследования и судебных разбирательств",
    kk: "қылмыстық қудалау мен сот ісін жүргізудің заңдылығы мен әділдігі",
  },
  {
    file: F2021,
    text: "the parties stressed the importance of continuing a trusting dialogue between the parliamentarians of the Republic of Kazakhstan and the EU, including through the Parliamentary Cooperation Committee «The Republic of Kazakhstan - the European Union» and various international inter-parliamentary forums and associations.",
    concerns: ["inter-parliamentary-dialogue"],
  },
  {
    file: F2021,
    text: "continuing a trusting dialogue between the parliamentarians of the Republic of Kazakhstan and the EU",
    concerns: ["inter-parliamentary-dialogue"],
  },
  {
    file: F2021,
    text: "Ms. Teri Hakala expressed interest in developing multifaceted cooperation with the National Center for Human Rights in the Republic of Kazakhstan, including through the Civil Forum «Central Asia - the European Union».",
    concerns: ["ombudsman-cooperation"],
  },
  {
    file: F2021,
    text: "developing multifaceted cooperation with the National Center for Human Rights in the Republic of Kazakhstan",
    concerns: ["ombudsman-cooperation"],
    ru: "развитии многостороннего сотрудничества с Национальным центром по правам человека Республики Казахстан",
    kk: "Қазақстан Республикасының Адам құқықтары жөніндегі ұлттық орталығымен жан-жақты ынтымақтастықты дамыту",
  },
  {
    file: F2021,
    text: "The Kazakh delegation informed the deputies of the European Parliament about the main political reforms initiated by the President of the Republic of Kazakhstan K. Tokayev and the activities of the National Council of Public Trust.",
    concerns: ["reform-process"],
  },
  {
    file: F2021,
    text: "E. Azimova noted the importance of a constructive dialogue of civil society with the Government and the Parliament of the Republic of Kazakhstan on the protection of human rights.",
    concerns: ["civil-society-space"],
  },
  {
    file: F2021,
    text: "agreements were reached on cooperation in the field of protecting the rights of children and women, combating domestic violence, caring for people with disabilities, developing economic freedoms and equal opportunities.",
    concerns: ["violence-against-women-domestic-violence", "womens-rights-gender-equality"],
  },
  // ── 2025, 16th dialogue ──
  { file: F2025, text: "The EU welcomed Kazakhstan’s overall political commitment to reforms.", concerns: ["reform-process"] },
  {
    file: F2025,
    text: "The EU stressed the importance of a transparent and independent investigation into the January 2022 events, including into human rights violations and abuses, in line with international standards.",
    concerns: ["january-2022-events-investigation"],
    ru: "ЕС подчеркнул важность прозрачного и независимого расследования январских событий 2022 года, в том числе нарушений прав человека и злоупотреблений, в соответствии с международными стандартами.",
    kk: "ЕО 2022 жылғы қаңтар оқиғаларын, соның ішінде адам құқықтарының бұзылуы мен теріс пайдаланушылықты халықаралық стандарттарға сәйкес ашық әрі тәуелсіз тергеудің маңыздылығын атап өтті.",
  },
  {
    file: F2025,
    text: "The accountability of perpetrators is a key element towards reconciliation, especially in cases of torture or power abuse.",
    concerns: ["january-2022-events-investigation", "torture-prevention-investigations"],
  },
  {
    file: F2025,
    text: "The European Union and Kazakhstan agreed on the importance of the work of civil society and of safe and conducive environment for civil society organisations.",
    concerns: ["civil-society-space"],
  },
  {
    file: F2025,
    text: "The EU welcomed the Kazakh Ministry of Justice’s recent clarification that it has no intention to propose a law on ‘foreign agents’, despite recent calls.",
    concerns: ["foreign-agents-law"],
    ru: "ЕС приветствовал недавнее разъяснение Министерства юстиции Казахстана о том, что оно не намерено предлагать закон об «иностранных агентах», несмотря на недавние призывы.",
    kk: "ЕО Қазақстан Әділет министрлігінің жақында берген түсіндірмесін құптады: министрлік соңғы кездегі үндеулерге қарамастан «шетелдік агенттер» туралы заң ұсынуды көздемейді.",
    it: "L'UE ha accolto con favore il recente chiarimento del Ministero della Giustizia kazako secondo cui non intende proporre una legge sugli «agenti stranieri», nonostante le recenti richieste.",
  },
  { file: F2025, text: "no intention to propose a law on ‘foreign agents’", concerns: ["foreign-agents-law"] },
  {
    file: F2025,
    text: "Kazakhstan and the EU stressed the need to guarantee the right to peaceful assembly and freedom of association.",
    concerns: ["peaceful-assembly", "freedom-of-association"],
    ru: "Казахстан и ЕС подчеркнули необходимость гарантировать право на мирные собрания и свободу объединений.",
    kk: "Қазақстан мен ЕО бейбіт жиналыс құқығы мен бірлестіктер бостандығына кепілдік беру қажеттігін атап өтті.",
  },
  {
    file: F2025,
    text: "The EU encouraged Kazakhstan to make concrete progress in this regard, including by implementation the ruling of the Constitutional Court from 25 January 2025 on freedom of assembly.",
    concerns: ["constitutional-court-assembly-ruling", "peaceful-assembly"],
  },
  {
    file: F2025,
    text: "the ruling of the Constitutional Court from 25 January 2025 on freedom of assembly",
    concerns: ["constitutional-court-assembly-ruling"],
    ru: "постановление Конституционного суда от 25 января 2025 года о свободе собраний",
    kk: "Конституциялық Соттың 2025 жылғы 25 қаңтардағы бейбіт жиналыс бостандығы туралы қаулысы",
  },
  {
    file: F2025,
    text: "The EU and Kazakhstan highlighted the prominence of freedom of expression and freedom of media.",
    concerns: ["freedom-of-expression-general", "press-restrictions-media-law"],
  },
  {
    file: F2025,
    text: "The EU welcomed some positive improvements in the newly adopted law on media, while regretting that several OSCE recommendations were not taken on board",
    concerns: ["press-restrictions-media-law"],
  },
  {
    file: F2025,
    text: "the law grants broad government powers to deny accreditation to journalists and foreign media outlets.",
    concerns: ["media-accreditation-powers"],
    ru: "закон наделяет правительство широкими полномочиями отказывать в аккредитации журналистам и иностранным СМИ.",
    kk: "заң үкіметке журналистер мен шетелдік БАҚ-ты аккредиттеуден бас тарту бойынша кең өкілеттік береді.",
    it: "la legge conferisce al governo ampi poteri di negare l'accreditamento a giornalisti e media stranieri.",
  },
  {
    file: F2025,
    text: "The EU also expressed concern over the growing number of bloggers and journalists being charged of disseminating ‘false’ information.",
    concerns: ["false-information-charges"],
    ru: "ЕС также выразил обеспокоенность растущим числом блогеров и журналистов, которым предъявлены обвинения в распространении «ложной» информации.",
    kk: "ЕО сондай-ақ «жалған» ақпарат таратты деп айыпталған блогерлер мен журналистер санының өсуіне алаңдаушылық білдірді.",
  },
  {
    file: F2025,
    text: "The EU welcomed recent developments fostering gender equality and encouraged Kazakhstan to fully implement the recent legislation on criminalisation of domestic violence.",
    concerns: ["womens-rights-gender-equality", "violence-against-women-domestic-violence"],
  },
  { file: F2025, text: "fully implement the recent legislation on criminalisation of domestic violence", concerns: ["violence-against-women-domestic-violence"] },
  {
    file: F2025,
    text: "The EU also addressed the treatment of LGBTI persons, expressing concerns about discrimination and stigmatization and called for antidiscrimination legislation in this regard.",
    concerns: ["lgbti-discrimination"],
    ru: "ЕС также затронул вопрос обращения с ЛГБТИ-людьми, выразив обеспокоенность дискриминацией и стигматизацией, и призвал принять антидискриминационное законодательство.",
    kk: "ЕО сондай-ақ ЛГБТИ адамдарға қатысты көзқарас мәселесін көтеріп, кемсітушілік пен стигматизацияға алаңдаушылық білдірді және кемсітуге қарсы заңнама қабылдауға шақырды.",
    it: "L'UE ha inoltre affrontato il trattamento delle persone LGBTI, esprimendo preoccupazione per la discriminazione e la stigmatizzazione, e ha chiesto una legislazione antidiscriminazione.",
  },
  {
    file: F2025,
    text: "The two sides took stock of progress to prevent and eradicate torture and ill-treatment, acknowledging Kazakhstan’s efforts to reduce the prison population and the overall decrease of torture cases.",
    concerns: ["torture-prevention-investigations"],
  },
  {
    file: F2025,
    text: "the overall decrease of torture cases",
    concerns: ["torture-prevention-investigations"],
    ru: "общее сокращение числа случаев пыток",
    kk: "азаптау жағдайларының жалпы азаюы",
    it: "la diminuzione complessiva dei casi di tortura",
  },
  {
    file: F2025,
    text: "The EU thanked Kazakhstan for the constructive cooperation in the UN Human Rights Council and other international fora",
    concerns: ["un-osce-cooperation"],
  },
  {
    file: F2025,
    text: "welcomed Kazakhstan’s open engagement during the Universal Periodic Review in January 2025. The EU encouraged the country to prioritize the implementation of the list of recommendations.",
    concerns: ["un-recommendations-implementation"],
  },
  {
    file: F2025,
    text: "The EU encouraged the country to prioritize the implementation of the list of recommendations.",
    concerns: ["un-recommendations-implementation"],
    ru: "ЕС призвал страну уделить приоритетное внимание выполнению перечня рекомендаций.",
    kk: "ЕО елді ұсынымдар тізімін орындауға басымдық беруге шақырды.",
  },
];
