/**
 * The extractor's grammar words: titles of office, adjectives of nationality, words that are capitalised but are not
 * names. These are parts of English, not names of places or people; every name comes from the gazetteer or the text.
 */

/** Words that end a title of office ("Mayor", "Secretary"). Lower case; "gov" covers "Gov.". */
export const TITLE_HEADS = new Set(
  (
    'governor gov mayor president premier minister councilor councillor coun cllr councilman councilwoman ' +
    'councilmember chairman chairwoman chairperson chair secretary secretary-general director director-general ' +
    'spokesman spokeswoman spokesperson ambassador consul consul-general senator sen congressman congresswoman ' +
    'representative rep speaker commissioner ceo clerk manager administrator prefect magistrate assemblyman ' +
    'assemblywoman alderman envoy chancellor lieutenant-governor vice-governor vice-mayor vice-president ' +
    'burgomaster burgermeister bürgermeister mayoress provost selectman supervisor counterpart head leader nazim ' +
    // Abbreviations and offices of other countries written in English copy ("Cr" is an Australian councillor).
    'cr clr ald chief coordinator adviser advisor counsellor counselor attaché attache ' +
    'oberbürgermeister oberburgermeister maire sindaco alcalde alcaldesa prefeito prefeita intendente landrat ' +
    'voivode starosta regent emir sultan king queen prince princess sheriff warden reeve burgemeester borgmester ' +
    'bürgermeisterin oberbürgermeisterin gobernador gobernadora presidente presidenta secretario secretaria regidor ' +
    'regidora síndico síndica assessore consigliere vereador vereadora intendenta akim hokim khokim primátor ' +
    'primátorka župan zupan wójt burmistrz prezydent marshal bupati walikota gubernur sarpanch stadtpräsident ' +
    'landeshauptmann schepen wethouder kommunalråd ordfører borgermester pormestari polgármester primar ' +
    'gradonačelnik'
  ).split(' '),
);

/** Words that may stand before a head inside a title ("Deputy", "Foreign", "Provincial Party"). */
export const TITLE_MODIFIERS = new Set(
  (
    'deputy vice executive foreign prime state party provincial municipal city town county general lieutenant lt ' +
    'acting first chief communication communications affairs ministry council senior managing regional district ' +
    'metropolitan prefectural national federal standing committee permanent assistant associate principal lord ' +
    'interim cabinet home trade commerce finance culture education tourism international relations department ' +
    "office bureau people’s people's government administrative political consul crown high and"
  ).split(' '),
);

/**
 * Portfolio words of a department named after a title's "of" ("Secretary of Agriculture", "Minister of Economy and
 * Planning"), beyond the title modifiers: read there only, so that none of them stops a name elsewhere.
 */
export const DEPARTMENT_WORDS = new Set(
  (
    'agriculture health transport transportation economy economic development environment interior labour labor ' +
    'industry energy housing planning science technology investment infrastructure defence defense justice ' +
    'protocol external cooperation youth sports sport trade commerce'
  ).split(' '),
);

/** Title heads that are offices of a place (used to pick the place kind): governors govern divisions. */
export const DIVISION_TITLES = new Set(['governor', 'gov', 'premier', 'lieutenant-governor', 'vice-governor']);
export const CITY_TITLES = new Set([
  'mayor',
  'vice-mayor',
  'mayoress',
  'burgomaster',
  'bürgermeister',
  'burgemeester',
  'borgmester',
  'councilman',
  'councilwoman',
  'clerk',
]);

/** Display forms of abbreviated heads. */
export const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  gov: 'Governor',
  coun: 'Councillor',
  cllr: 'Councillor',
  sen: 'Senator',
  rep: 'Representative',
  lt: 'Lieutenant',
  cr: 'Councillor',
  ald: 'Alderman',
  clr: 'Councillor',
};

/** Honorifics dropped from names ("Sheikh" as Gulf copy writes it). */
export const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr prof sir madam dame hon honourable honorable excellency highness worship sheikh sheikha ' +
    'shaikh rev fr' +
    // as copy in English keeps them from French, German, Spanish and Italian
    ' monsieur madame mme mlle herr frau señor señora signor signora' +
    // Malaysian, South Asian and West African honorifics in English copy ("Dato' Seri", "Shri", "Alhaji", "Engr.")
    ' dato datuk datin seri shri smt alhaji alhaja engr atty' +
    // Latin American, Italian and Indian academic and courtesy titles ("Lic.", "Mtra.", "Dott.ssa", "Hon'ble")
    " lic mtra mtro arq sr sra srta dott dottssa dra ing hon'ble hon’ble" +
    // Dutch, Indonesian, German and Central European academic and professional degrees written before a name
    // ("Ir.", "Drs.", "Dipl.-Ing.", "Mgr.", "JUDr.")
    ' ir drs drg dipl mgr bc judr mudr phdr rndr paeddr'
  ).split(' '),
);

/**
 * Adjectives of nationality whose country is not the adjective minus "-n" ("Chinese" -> CN; "Korean" needs no entry).
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  chinese: 'CN',
  japanese: 'JP',
  british: 'GB',
  english: 'GB',
  scottish: 'GB',
  welsh: 'GB',
  french: 'FR',
  german: 'DE',
  dutch: 'NL',
  swiss: 'CH',
  spanish: 'ES',
  portuguese: 'PT',
  italian: 'IT',
  greek: 'GR',
  turkish: 'TR',
  polish: 'PL',
  czech: 'CZ',
  danish: 'DK',
  swedish: 'SE',
  norwegian: 'NO',
  finnish: 'FI',
  irish: 'IE',
  icelandic: 'IS',
  vietnamese: 'VN',
  thai: 'TH',
  filipino: 'PH',
  philippine: 'PH',
  taiwanese: 'TW',
  nepalese: 'NP',
  pakistani: 'PK',
  bangladeshi: 'BD',
  israeli: 'IL',
  iraqi: 'IQ',
  kuwaiti: 'KW',
  saudi: 'SA',
  emirati: 'AE',
  omani: 'OM',
  qatari: 'QA',
  yemeni: 'YE',
  kazakh: 'KZ',
  uzbek: 'UZ',
  mongolian: 'MN',
  singaporean: 'SG',
  malaysian: 'MY',
  indonesian: 'ID',
  burmese: 'MM',
  lao: 'LA',
  cambodian: 'KH',
  peruvian: 'PE',
  chilean: 'CL',
  argentine: 'AR',
  argentinian: 'AR',
  brazilian: 'BR',
  mexican: 'MX',
  canadian: 'CA',
  cuban: 'CU',
  kiwi: 'NZ',
  hungarian: 'HU',
  belgian: 'BE',
  austrian: 'AT',
  ukrainian: 'UA',
  egyptian: 'EG',
  jordanian: 'JO',
  lebanese: 'LB',
  sudanese: 'SD',
  mozambican: 'MZ',
  ecuadorian: 'EC',
  malagasy: 'MG',
  moroccan: 'MA',
  nigerian: 'NG',
  kenyan: 'KE',
  ethiopian: 'ET',
  ghanaian: 'GH',
  iranian: 'IR',
  afghan: 'AF',
  sri_lankan: 'LK',
  new_zealand: 'NZ',
  slovak: 'SK',
  slovenian: 'SI',
  slovene: 'SI',
  croatian: 'HR',
  serbian: 'RS',
  bosnian: 'BA',
  belarusian: 'BY',
  azerbaijani: 'AZ',
  azeri: 'AZ',
  kyrgyz: 'KG',
  tajik: 'TJ',
  turkmen: 'TM',
  uruguayan: 'UY',
  paraguayan: 'PY',
  dominican: 'DO',
  haitian: 'HT',
  panamanian: 'PA',
  guatemalan: 'GT',
  salvadoran: 'SV',
  honduran: 'HN',
  nicaraguan: 'NI',
  zimbabwean: 'ZW',
  senegalese: 'SN',
  malian: 'ML',
  ivorian: 'CI',
  cameroonian: 'CM',
  libyan: 'LY',
  palestinian: 'PS',
  maltese: 'MT',
  cypriot: 'CY',
  luxembourgish: 'LU',
  bahraini: 'BH',
  bhutanese: 'BT',
  maldivian: 'MV',
  fijian: 'FJ',
  samoan: 'WS',
  tongan: 'TO',
  beninese: 'BJ',
  togolese: 'TG',
  gabonese: 'GA',
  malawian: 'MW',
  somali: 'SO',
  eritrean: 'ER',
  djiboutian: 'DJ',
  mauritian: 'MU',
  burkinabe: 'BF',
  chadian: 'TD',
};

/** Capitalised words that are never place or person names on their own. */
export const NOT_NAMES = new Set(
  (
    'a an the this that these those there their they them he she his her it its we our us you your i my me ' +
    'and or but if so as at by for from in into of on onto to up with without within after before during since ' +
    'until while when where who whom whose which what why how than then also still just even only not no yes ' +
    'all any both each every many more most much some such other another one two three four five six seven ' +
    'eight nine ten first second third last next new old good great best more very well however although ' +
    'though because therefore meanwhile moreover furthermore besides instead thus today yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof ' +
    'said says according among around about above below between through under over across along against ' +
    'here now image photo source republic kingdom federation commonwealth principality emirate'
  ).split(' '),
);

/** Common nouns that are capitalised inside names of places and organisations but are not names on their own. */
export const GEO_WORDS = new Set(
  (
    'image photo source updated created contents url published copyright newsletter login register ' +
    'comments politics news home app day year week month morning evening night afternoon guests group visit ' +
    'delegation conference summit forum festival exhibition ceremony meeting agreement program programme ' +
    'council committee government office ministry department bureau association university school library ' +
    'center centre club hall park street road avenue station airport port harbor harbour bridge river lake ' +
    'mountain island beach hill sister sisters friendship friends friend city cities province provinces state ' +
    'states prefecture county district region town municipality ward international national people republic ' +
    'kingdom union party chinese japanese korean american president governor mayor minister secretary premier ' +
    'chairman director spokesman ambassador councilman councilor councillor coun gov senator consul clerk ' +
    'deputy vice executive foreign prime general chief lord belt road initiative reform opening'
  ).split(' '),
);

/** Nouns that head an organisation's name: a place inside such a name is still a place, the name is not a person. */
export const ORG_HEADS = new Set(
  (
    'council committee government office ministry department bureau association university school library ' +
    'center centre club international assn agency commission foundation institute society chamber community league ' +
    'board authority administration assembly corporation embassy consulate congress parliament senate legislature ' +
    // Companies: "Hyundai Motor signed ..." names no person.
    'company group holdings bank motor motors electronics airlines airways partners corp inc ltd industries'
  ).split(' '),
);
