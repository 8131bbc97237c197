"""Word lists that the entity rules consult (the place gazetteer is entity_gazetteer)."""

from __future__ import annotations

import unicodedata

WEEKDAYS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
MONTHS = frozenset(
    "January February March April May June July August September October "
    "November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
US_STATE_CODES = frozenset("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                           "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
"""US states' and the District's postal codes, written after a town ("Minneapolis, MN", "Washington DC")."""
# Capitalised words that are never names on their own (sentence starts, headings).
COMMON_CAPS = frozenset(
    """A An The This That These Those There Here It Its He She His Her They Them
    Their We Our You Your I In On At Of For From To By With Without As And But Or
    Nor So Yet If When While Where Whether After Before During Since Until Although
    Though Because However Currently Meanwhile Nevertheless Nonetheless Moreover
    Furthermore Additionally Also Still Even Only Just Now Then Today Tomorrow
    Yesterday Tonight Earlier Later Last Next Several Some Many Most More Much All
    Both Each Every Other Another Such No Not Around About Over Under Between Among
    According Despite Following Amid Within Outside Inside Across Against Along
    Updated Related Read See Click Share Photo Image Video Watch Listen Back Leave Please
    Sources Source Officials Talks Negotiations Hundreds Thousands Millions Dozens
    Around Approximately Nearly Almost Some Sign Subscribe Advertisement Reporting
    Editing Copyright Breaking News Live Opinion Analysis Comment Comments Home
    Yes Why What Who How Which Whose Mr Mrs Ms Dr None Neither Others Nobody Everyone""".split()
) | WEEKDAYS | MONTHS

HONORIFICS = frozenset(
    "Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Mr. Mrs. Ms. Dr. Prof.".split()
)
# Title words that head a role written before a name ("Foreign Minister Fuad Hussein").
ROLE_HEADS = frozenset(
    """Minister Secretary President Vice Premier Chancellor Governor Gov Mayor Senator
    Sen Rep Representative Congressman Congresswoman Ambassador Envoy Commissioner
    Commander General Gen Maj Major Lt Lieutenant Col Colonel Capt Captain Adm
    Admiral Sgt Sergeant Spc Specialist Pfc Cpl Corporal Pvt Brig Brigadier Marshal Chief Director Director-General
    Spokesman Spokeswoman Spokesperson Advisor Adviser Chairman Chairwoman Chair
    CEO Leader Judge Justice King Queen Prince Princess Emperor Pope Sheikh Emir Sultan Sayyid Sayyed
    Ayatollah Imam Rabbi Bishop Archbishop Cardinal Father Speaker Deputy Counsel
    Attorney Prosecutor Officer Inspector Superintendent Constable Minister-President
    Head Founder Treasurer Coach Manager Professor Negotiator Analyst Lawmaker Activist Correspondent
    Researcher Administrator Ombudsman Auditor Mediator Rapporteur Chairperson Sheriff Detective
    SHO DCP ACP DSP SSP DGP IGP Sub-Inspector Striker Midfielder Defender Winger Goalkeeper Teenager Substitute
    Veteran Skipper MP MEP MLA Collector""".split()
)
# Words that may sit inside a role but never inside a person's name.
ROLE_WORDS = ROLE_HEADS | frozenset(
    """Foreign Defence Defense Interior Finance Trade Home Prime First Senior Junior
    Special High Political Military Security National Affairs State Health Energy
    Economy Justice Culture Education Transport Environment Labour Labor Acting
    Interim Former Chief Executive Supreme Assistant Principal Permanent General
    of for the and to Joint Staff Armed Forces Army Navy Air Force Lead Top
    Climate Agriculture Fisheries Tourism Infrastructure Communications Housing Economic Employment Welfare""".split()
)  # (the last line: ministers' portfolios, "Minister of Climate Kaido Tamm")
# Lower-case nouns that announce a person right after them ("his Dutch counterpart X").
ROLE_NOUNS = frozenset(
    """counterpart commander spokesman spokeswoman spokesperson minister president
    envoy official officials leader chief director correspondent reporter journalist
    analyst lawmaker legislator mp senator ambassador adviser advisor secretary
    chairman chairwoman chair ceo founder economist professor researcher colleague wife
    husband son daughter brother sister deputy premier governor mayor candidate
    head general colonel judge prosecutor lawyer activist negotiator boss""".split()
)
# Named storms and other named events that look like a first name and a surname.
EVENT_HEADS = frozenset("Hurricane Typhoon Cyclone Storm Tropical Tornado Wildfire Operation".split())
# Last words of names of wars, accords, laws, prizes, contests and rates: things, not people ("Vietnam War", "Camp
# David Accords", "General Data Protection Regulation", "Nobel Peace Prize", "World Cup", "Bank Rate", "Growth Plan").
THING_TAILS = frozenset("""War Wars Revolution Accords Accord Agreement Agreements Treaty Pact Protocol Convention
    Declaration Doctrine Prize Prizes Award Awards Medal Cup Trophy Games Olympics Championship Championships
    Summit Pandemic Average Index Act Regulation Directive Charter Rate Plan Cups Time""".split())
# Last words of the names of software and services, which name a body's product, not a person ("Microsoft Windows",
# "Google Maps", "Apple Pay"): such a name is counted with its maker's organisations (entity_rules._by_name).
THING_LEADS = frozenset("Ley Leyes Decreto Lei Loi Legge Programa Proyecto Exercise".split())
"""First words of the names of laws, decrees and plans in Spanish, Portuguese, French and Italian, which are none of
our kinds: "the Ley Bases", "the Lei Rouanet", "the Loi Evin" (folded); and of a military exercise ("Exercise
Steadfast Defender")."""
PRODUCT_TAILS = frozenset("Windows Maps Pay Messenger Browser Cloud".split())
HOLIDAYS = frozenset(("New Year", "Lunar New Year", "Christmas", "Easter", "Ramadan", "Eid", "Eid al-Fitr",
                      "Eid al-Adha", "Hanukkah", "Passover", "Diwali", "Thanksgiving", "Nowruz", "Good Friday",
                      "Ashura", "Arbaeen", "Mawlid", "Yom Kippur", "Rosh Hashanah", "Holi", "Vesak"))
# Definite articles of Spanish, French and Arabic that open names of things, not of people ("El Niño", "Al Jazeera").
ARTICLES = frozenset("El La Le Los Las Les Al".split())
# Plural nouns for groups of people that open sentences as speakers ("Analysts said", "Residents described"):
# capitalised there only because they open the sentence.
GROUP_NOUNS = frozenset(
    """officials analysts residents witnesses protesters protestors demonstrators experts critics observers
    activists lawmakers legislators diplomats sources doctors medics nurses police authorities villagers locals
    survivors relatives families rescuers investigators prosecutors officers soldiers troops militants rebels
    fighters students workers farmers traders merchants economists lawyers journalists reporters commanders
    leaders ministers members parents citizens voters organisers organizers volunteers employees staff
    spokesmen spokespeople researchers scientists engineers negotiators mediators monitors inspectors guards
    passengers pilgrims refugees migrants displaced shoppers drivers neighbours neighbors
    supporters opponents participants attendees delegates envoys representatives eyewitnesses bystanders
    gunmen attackers hostages victims mourners worshippers settlers teachers paramedics firefighters rioters
    investors consumers tourists visitors fans players shareholders creditors lenders
    producers retailers suppliers customers users viewers fishermen fishers surfers swimmers divers""".split()
)
# Heads of the names of buildings and grounds, never of people: "Botanical Garden of Viña del Mar", "Museum of
# Modern Art". Institutions with staff are organisations, grounds and structures places (surnames such as Park,
# Temple and Castle are left out).
FACILITY_ORG_HEADS = frozenset("Museum Library Gallery Hospital Zoo School Schools Refinery".split())
FACILITY_PLACE_HEADS = frozenset("""Garden Gardens Stadium Bridge Cathedral Mosque Palace Arena Avenue Boulevard Road
    Station Terminal Racecourse Speedway Raceway Velodrome Ballpark Plaza Pier Wharf Motorway Expressway Freeway
    Tunnel Airfield Coliseum Colosseum Drive Street Highway Shinkansen Stadion""".split())
# Endings of abstract and common nouns and adjectives that no given name or surname has ("Emergency", "Additional";
# "Emergency Response" is a body's or a plan's name, "Additional Tier 1" a kind of bond), each with the shortest word
# it may end: "Clement", "Guinness" and "Felicity" are names ("-ence" is left out: "Lawrence", but not "-gence":
# "Lloyd's List Intelligence" names no one "List Intelligence").
COMMON_NOUN_ENDINGS = (("tion", 6), ("tional", 8), ("sion", 6), ("ency", 7), ("ancy", 7), ("ment", 8), ("ness", 9),
                       ("ity", 9), ("ism", 6), ("ship", 8), ("ology", 7), ("gence", 9))
# "Park" and "Field" end the names of grounds ("Fenway Park", "Hyde Park", "Tropicana Field", "Soldier Field") and of
# people ("Grace Park", "Sally Field"): a place unless the name speaks, holds a title or is described
# (entity_rules._park).
PORTFOLIO_TAILS = frozenset("Affairs Development Planning Investment Expatriates Infrastructure Services Resources "
                            "Industry Labor Labour Welfare Management Environment Rights Refugees".split())
"""Last words of a ministry's portfolio named in a title: "Minister of Foreign Affairs", "for Economic Affairs",
"Minister of Employment and Labor Lee Jung-sik", "Minister of Infrastructure and Water Management Barry Madlener"."""
GROUND_HEADS = frozenset({"Park", "Field"})
CHAMBER_HEAD = "House"
"""A chamber's word that names a body with "of" after it ("House of Lords", "House of Representatives"), and alone
no one ("House prices")."""
# Last words of organisation names.
ORG_HEADS = frozenset(
    """Ministry Department Council Corps Commission Committee Forces Force Party
    Framework Resistance Organisation Organization Agency Bureau Office Union
    League Liga Front Movement Alliance Army Navy Marines Guard Guards Brigade Brigades Battalion
    Police Group Company Corporation Corp Inc Ltd Plc plc LLC Bank Fund Institute
    University College Court Parliament Assembly Congress Senate Cabinet Government
    Administration Authority Service Services Association Federation Foundation
    Network Airlines Airways Motors Holdings Partners Times Post News Herald Journal
    Treasury Mission Coalition Commissioner Tribunal Board Church Society Centre
    Center Centres Centers Chamber Club Federation Reserve Exchange Industries Systems Technologies Labs
    Media Press Television Radio Broadcasting Trust Programme Program Secretariat
    Directorate Command Brotherhood Cartel Militia Militias Regiment Foods Brands Pharmaceuticals
    Energy Electric Tribune Gazette Chronicle Telegraph Observer Courier Inquirer Sentinel Standard Express Mirror
    Mail Dispatch Bulletin Examiner Monitor Cross Crescent Electronics Semiconductor Chemicals Telecom
    Division Fleet Council Conference Summit Dialogue Initiative International Watch
    Advisory Advisors Investments Consulting Airplanes Aerospace Platforms AG GmbH SE SpA NV BV Oyj ASA Limited Energia
    Pharma Pharmaceutical Therapeutics Biotech Biosciences Biologics Records Studios Pictures Entertainment
    Motor Railway Railways Railroad Shipping Petroleum Mining Telecom Telecommunications Insurance
    Community Academy Headquarters Capital Management Bancorp Air Lifesciences Sciences Healthcare
    Laboratories Tech Lines Co Branch Financial Observatory Economics Macroeconomics Analytics Process Facility TV Athletics""".split()
) | FACILITY_ORG_HEADS | frozenset(
    # a project, an inspectorate, a picture agency ("Getty Images"), an airport or a sea port operator ("Pilbara
    # Ports"); company words of Turkish names ("Anagold Madencilik", "Koç Holding"); a ships' classification society
    # ("Korean Register of Shipping", "Lloyd's Register"); a railway's, a ferry line's or a bus company's operator
    # ("Network Rail", "Deutsche Bahn", "Western Ferries", "Dublin Bus")
    "Project Inspectorate Images Airports Ports Holding Madencilik Enerji İnşaat Sanayi Register Rail Bahn Ferries Bus"
    .split())
# Heads of bodies named for what they work "on" ("Committee on Foreign Relations", "Council on the Economy"); other
# heads end the name before "on" ("Services on the Tokaido Shinkansen" is a sentence, not a body).
ORG_ON_HEADS = frozenset("""Committee Commission Council Conference Panel Court Board Office Agency Authority Forum
    Summit Convention Institute Tribunal Group Force Centre Center Commissioner Subcommittee""".split())
# Corporate endings that a company's name may drop: "Meta Platforms" is Meta, "Nvidia Corp" is Nvidia.
COMPANY_SUFFIXES = frozenset(
    "inc corp corporation co ltd plc llc platforms holdings group ag se sa nv fc afc cf "
    "limited gmbh kgaa oyj oy ab asa spa srl bv pty".split()
)
# First words of organisation names in Spanish, Portuguese, French and Italian, where the head comes first
# ("Partido Nacional", "Frente Amplio", "Corte Electoral", "Guardia Civil", "Forza Italia"), and in Arabic, its words
# for brigades, battalions, a movement, an army, a front, partisans, a party, forces and an organisation ("Kataib
# Hezbollah", "Asaib Ahl al-Haq", "Harakat al-Nujaba", "Jaish al-Adl", "Saraya Awliya al-Dam", "Ansar Allah"), compared
# without accents; and "Radio", which opens a broadcaster's name in any language ("Radio Okapi", "Radio France").
# English heads that also open names ("Front Street") are left out, and so are Arabic ones that also name places or
# people ("Liwa").
ORG_LEADS = frozenset(
    """Partido Partito Parti Frente Coalicion Coalizione Coligacao Movimiento Movimento Mouvement Uniao
    Unione Alianza Alianca Alleanza Corte Banco Banca Banque Guardia Consejo Conselho Conseil Consiglio
    Ministerio Ministere Ministero Asamblea Assemblee Assembleia Congreso Congresso Camara Chambre Fuerza
    Fuerzas Forca Forza Bloque Bloco Junta Agrupacion Instituto Istituto Universidad Universidade Universite
    Universita Fundacion Fundacao Fondation Sindicato Confederacion Confederacao Federacion Grupo Groupe Gruppo
    Ejercito Exercito Policia Comision Comissao Comite Comitato Secretaria Servicio Servico Agencia Cabildo
    Centro Compania Companhia Compagnie Empresa Societe Organizacion Organizacao Liga Lega Real Pati
    Kataib Asaib Harakat Saraya Jaish Jabhat Hizb Quwat Tanzim Ansar Radio
    Aerolineas Aerovias Lineas Linhas Transportes Ferrocarriles Industrias Petroleos Correo Correos Caixa Caja
    Laboratorios Aeropuertos Cerveceria Minera Mineracao Constructora Sociedad Sociedade Compagnia Empresas
    Inversiones Distribuidora Telefonica Credit Comisiones Puertos Autoridad Bureau Confederation Domaine Maison""".split()
)
COMPANY_LEADS = frozenset("banco banca banque grupo groupe gruppo compania companhia compagnie sociedad societe".split())
"""Lead words of company names in Spanish, Portuguese, French and Italian that the company drops once named in full
(folded, lower case): "Banco Meridional" is then "Meridional", "Grupo Bimbo" "Bimbo"."""
# Football and sports clubs' marks, before or after the name: "FC Barcelona", "Auckland FC", "AFC Bournemouth".
CLUB_MARKS = frozenset("FC AFC CF SC SV SK FK AS AC CP CD UD RC SD SL RB BC KK".split())
# Last words of sports clubs' names, never of people's or places': "Westbury Athletic", "Karakum Spor", "Bristol Rovers".
CLUB_TAILS = frozenset("Athletic Rovers Wanderers Albion United Spor Hotspur Argyle Rangers".split())
# First words of sports clubs' names, before a city or another word: "Bayern Munich", "Dynamo Kyiv", "Sparta Prague",
# "Inter Milan", "Borussia Dortmund", "Olympique Lyonnais" (no surname or given name in news starts so).
CLUB_LEADS = frozenset("""Bayern Borussia Dynamo Dinamo Sparta Slavia Olympique Olympiacos Sporting Inter Lokomotiv
    Spartak Zenit Eintracht Hertha Fortuna Werder Hapoel Maccabi Atletico Atlético Legia Partizan Steaua Shakhtar
    Ajax Celtic Feyenoord Galatasaray Fenerbahce Fenerbahçe Besiktas Beşiktaş Juventus Benfica Anderlecht
    Hajduk Ferencvaros Ferencváros""".split())
# Articles that may open an organisation's name before its lead word ("La Liga", "Te Pāti Māori", "Die Linke").
ORG_LEAD_ARTICLES = frozenset("El La Le Los Las Les Il Lo Die Te".split())
# Org heads that end an org name but also allow "in X" after them.
ORG_IN_HEADS = frozenset("Resistance Movement Front Mission Church".split())
# Lower-case nouns that announce an organisation near them.
ORG_NOUNS = frozenset(
    """militia militias group groups party company firm network agency outlet
    newspaper broadcaster channel bank movement alliance faction organisation
    organization insurer lender carrier airline retailer manufacturer startup
    carmaker automaker bloc operator conglomerate supplier planemaker maker coalition club
    regulator watchdog union chipmaker band label studio distributor miner hotline daily newsletter magazine
    tabloid podcast""".split()
)
# Two-word nouns for a company whose last word alone is too vague ("shipping line Maersk").
ORG_NOUN_PHRASES = frozenset(("shipping line", "container line", "cruise line", "ferry line"))
PLACE_HEADS = frozenset(
    """Province Governorate Region District City Town Village County Oblast Strip
    Valley Mountains Mountain River Sea Gulf Bay Island Islands Peninsula Heights
    Desert Plain Plains Lake Coast Canal Square Street Airport Airbase Highway
    Territory Territories Border Crossing Camp Port Harbour Harbor Cities Hills Trail Panhandle Cape Strait Straits
    Isle Isles Ocean Lagoon Reef Glacier Volcano Dam Delta Basin Plateau Corridor Channel Prefecture Municipality
    Township Borough Canton Parish Base""".split()
) | FACILITY_PLACE_HEADS
# Place words that "of" may follow inside a name ("Gulf of Aden", "Strait of Hormuz", "Cape of Good Hope").
PLACE_OF_HEADS = frozenset("Cape Gulf Bay Strait Straits Isle Isles Sea Republic".split())
# First words of place names ("Torre Ejecutiva", "Plaza de Mayo", "Mount Lewotobi", "Lake Victoria", "Port Sudan"),
# compared without accents; the second line is Arabic's words for a spring, a monastery, a village, a house, a ruin, a
# mountain, a valley, a well and a bridge, which open towns' names and no person's ("Ain el-Tineh", "Deir Ammar",
# "Kafr Kila", "Beit Hanoun", "Wadi Khaled"); "County" an Irish county's, "St" a saint's place's ("St Andrew Hall");
# Portuguese steep streets and lanes ("Calçada da Glória", "Travessa do Carmo") and Greek saints' villages ("Agia
# Dynami", "Agios Nikolaos"); French coasts, islands and bays ("Côte de Beaune", "Île de Ré").
PLACE_LEADS = frozenset(
    """Torre Plaza Praca Piazza Calle Avenida Rua Palacio Palacio Palazzo Estadio Parque Cerro Playa Praia Isla
    Lago Monte Barrio Mount Lake Cape Fort Port County St Saint Gare Calcada Travessa
    Agia Agios Agioi Ayia Ayios Aghia Aghios Cote Ile Baie
    Ain Ayn Deir Kafr Kfar Beit Khirbet Jabal Jebel Wadi Bir Jisr""".split()
)
# Lower-case nouns after a name that make it a place ("Anbar province").
PLACE_NOUNS = frozenset(
    """province governorate region district city town village county oblast
    airbase base border capital crossing neighbourhood neighborhood suburb port
    state electorate constituency stadium canton municipality dockyard mountains""".split()
)
# "towns of X and Y", "province of X"
PLACE_OF_NOUNS = frozenset(
    """province provinces governorate city cities town towns village villages
    region regions district districts capital state island islands department departments
    municipality canton cantons""".split()
)
PARTICLES = frozenset("al el bin ibn bint de da di van von der den du des dos del la le ter ten".split())
CONNECTORS = frozenset("of for the on".split())
SPEECH_VERBS = frozenset(
    """said says say told tells added adds stated states noted notes explained
    announced declared insisted argued warned stressed emphasised emphasized
    reiterated asserted claimed wrote tweeted posted replied responded
    concluded confirmed denied acknowledged admitted questioned urged demanded
    described describing saying asserting adding noting stressing warning
    telling""".split()
)
PREFIXES = frozenset("pro anti non ex post pre neo".split())
ADJ_SUFFIXES = frozenset(
    """led backed based linked allied aligned owned run funded born made
    controlled affiliated era style wide sponsored bound occupied held listed traded headquartered""".split()
)
# All-capital words that are not organisations.
NOT_ACRONYMS = frozenset(
    """CEO CFO COO CTO GDP TV PM AM FM ID OK USD EUR GBP GMT UTC BST EST PST COVID
    NB PS VIP FAQ TT II III IV AI PDF URL HTML AP CET CEST EET EEST WET EDT PDT CST CDT MST MDT MSK IST
    AEST AEDT JST KST SGT JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC
    LNG LPG CPI PPI PMI IPO ETF EV SUV ATM DNA HIV AIDS ICU GPS SMS VAT CCTV UAV IED RPG ICBM MP MW GW KM MPH BPD
    GMO PPE PCR LGBT LGBTQ FIR PIL SHO DCP ACP DSP SSP DGP IGP DRAM NAND HBM GPU CPU SSD
    T&C T&Cs Q&A R&D M&A B&B A&E P&I
    BREAKING UPDATE UPDATED WATCH LISTEN LIVE EXCLUSIVE RESULT RESULTS VIDEO PHOTOS CORRECTION""".split()
)
"""(The second line: common nouns written as initials, "LNG cargoes", "the CPI rose", "an IED exploded"; an Indian
police case's First Information Report, a public interest litigation, and police ranks: "the SHO said"; kinds of
chips and processors: "DRAM prices", "HBM sales"; the last line: a page's labels in capitals, "BREAKING:",
"RESULT: 44 votes for".)"""
# A small, justified alias table: only forms too common to leave to chance.
ALIAS_GROUPS = (
    ("ISIS", "ISIL", "Islamic State", "Daesh", "Islamic State group",
     "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"),
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America",
     "United States of America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("United Nations", "UN", "U.N."),
    ("European Union", "EU", "E.U."),
    ("Russia", "Russian Federation"),
    ("United Arab Emirates", "UAE", "U.A.E."),
)
# Organisations too well known to need a cue.
KNOWN_ORGS = frozenset(
    """Pentagon Kremlin Reuters AFP AP Hamas Hezbollah Taliban NATO UN EU OPEC IMF
    ISIS ISIL Daesh Houthis Houthi Interpol FBI CIA NSA UNICEF UNHCR UNRWA Oxfam
    Lazard Jefferies Citigroup Evercore""".split()
) | frozenset(("Goldman Sachs", "Morgan Stanley", "J.P. Morgan", "BNP Paribas", "Deutsche Bank", "Centerview Partners",
               "White House", "Associated Press", "Agence France-Presse", "World Bank", "Doctors Without Borders",
               "Médecins Sans Frontières", "Save the Children", "Red Crescent", "Red Cross", "World Food Programme"))


def fold(text: str) -> str:
    """Strip diacritics and typographic apostrophes, keep case; "Đ" is written "Dj" in English ("Đurić" is Djuric,
    "Đoković" Djokovic: no accent to strip, a letter of its own)."""
    text = text.replace("’", "'").replace("‘", "'").replace("ʿ", "").replace("ʾ", "")
    if text.isascii():
        return text  # nothing to decompose
    text = text.replace("Đ", "Dj").replace("đ", "dj")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
