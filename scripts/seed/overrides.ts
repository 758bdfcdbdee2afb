/**
 * One-off import aid: hand decisions for single seed entries, keyed by their index in
 * ../shared/data/hotlines.json, each made after reading the entry's name, notes and sources.
 */
export interface Override {
  /** Leave the entry out, for this reason. */
  readonly skip?: string;
  readonly name?: string;
  readonly slug?: string;
  readonly run_by?: 'authority' | 'independent';
  readonly operator?: string;
  readonly phone?: string;
  readonly dial?: string;
  readonly call?: boolean;
  readonly sms?: { number: string; keyword?: string } | null;
  readonly hours?: string | null;
  readonly coverage?: string;
  readonly note?: string;
  readonly secondary?: boolean;
}

/** Decisions by seed index. */
export const OVERRIDES: Readonly<Record<number, Override>> = {};

/** Who runs a line, where the name-and-notes guess was wrong; decided by reading each entry. */
export const RUN_BY_BY_ID: Readonly<Record<string, 'authority' | 'independent'>> = {
  'af-awaaz-afghanistan-inter-agency-humanitarian': 'independent',
  'al-alo-116-111-linja-kombetare': 'independent',
  'al-linja-kombetare-per-grate-dhe': 'independent',
  'at-147-rat-auf-draht': 'independent',
  'at-frauenhelpline-gegen-gewalt': 'independent',
  'be-awel-helpline-for-children-and': 'independent',
  'be-hulplijn-1712-helpline-on-violence': 'independent',
  'be-ecoute-violences-conjugales-domestic-violence': 'independent',
  'be-pag-asa-specialised-centre-for': 'independent',
  'be-child-focus-missing-and-sexually': 'independent',
  'be-fairwork-belgium-helpdesk-for-undocumented': 'independent',
  'bg-national-24-hour-helpline-for': 'independent',
  'bw-botswana-gender-based-violence-prevention': 'independent',
  'by-children-s-helpline-8-801': 'authority',
  'ch-pro-juventute-beratung-hilfe-147': 'independent',
  'ch-opferberatung-zurich-24-7-line': 'independent',
  'ch-die-dargebotene-hand-143': 'independent',
  'cn-12355-youth-service-hotline-communist': 'authority',
  'cu-linea-de-apoyo-a-personas': 'independent',
  'cz-linka-pomoci-obetem-kriminality-a': 'independent',
  'dk-lev-uden-vold-national-hotline': 'independent',
  'fi-mll-lasten-ja-nuorten-puhelin': 'independent',
  'fi-mll-barn-och-ungdomstelefonen': 'independent',
  'fi-nollalinja-helpline-for-violence-in': 'independent',
  'fi-sak-employee-rights-advisory-service': 'independent',
  'fi-rikosuhripaivystys-riku-116-006': 'independent',
  'fj-national-domestic-violence-helpline-1560': 'independent',
  'gr-national-helpline-for-children-sos': 'independent',
  'gr-european-helpline-for-children-and': 'independent',
  'gr-1109-human-trafficking-hotline': 'independent',
  'hk-cease-crisis-centre-tung-wah': 'independent',
  'hk-rainlily-sexual-violence-helpline': 'independent',
  'ht-medecins-sans-frontieres-ligne-verte': 'independent',
  'hu-lesz-lelki-elsosegely-telefonszolgalat-116': 'independent',
  'hu-okit-orszagos-kriziskezelo-es-informacios': 'authority',
  'is-kvennaathvarfid': 'independent',
  'lb-abaad-emergency-safe-line': 'independent',
  'lu-helpline-violence-domestique-2060-1060': 'independent',
  'lu-savvd-service-d-assistance-aux': 'independent',
  'lv-atbalsta-talrunis-noziegumos-cietusajiem-116006': 'independent',
  'ma-unfm-green-line-for-women': 'independent',
  'md-telefonul-copilului-116-111': 'authority',
  'mw-tithandizane-national-child-helpline-116': 'independent',
  'mw-yoneco-gbv-crisis-line-5600': 'independent',
  'mz-linha-verde-1458': 'independent',
  'nl-comensha-coordination-centre-against-human': 'independent',
  'nl-de-kindertelefoon': 'independent',
  'no-rosa-national-helpline-against-human': 'independent',
  'no-vo-linjen-vold-og-overgrepslinjen': 'independent',
  'np-child-helpline-1098': 'independent',
  'nz-0800-what-s-up-children': 'independent',
  'nz-youthline': 'independent',
  'nz-women-s-refuge-crisis-line': 'independent',
  'nz-shine-domestic-abuse-helpline': 'independent',
  'nz-safe-to-talk-national-sexual': 'independent',
  'pe-linea-anna-1810': 'authority',
  'pt-sos-crianca-116-111': 'independent',
  'pt-sos-crianca-desaparecida-116-000': 'independent',
  'pt-linha-sos-imigrante': 'authority',
  'ro-telefonul-copilului-119-national-number': 'authority',
  'sa-national-family-safety-program-child': 'authority',
  'sg-tinkle-friend': 'independent',
  'sg-centre-for-domestic-employees-24': 'independent',
  'sg-migrant-workers-centre-24-hour': 'independent',
  'tg-chatbot-akofa-whatsapp-sos': 'independent',
  'tt-rape-crisis-society-of-trinidad': 'independent',
  'tz-national-child-helpline-116': 'independent',
  'tz-wildaf-tanzania-emergency-response-system': 'independent',
  'ua-527-national-counter-trafficking-and': 'independent',
  'zw-national-gender-based-violence-call': 'authority',
};

/** The area a line covers where the seed's notes say it is not the whole country. */
export const COVERAGE_BY_ID: Readonly<Record<string, string>> = {
  'ae-dubai-community-development-authority-child': 'Dubai',
  'ae-dubai-police-human-trafficking-crimes': 'Dubai',
  'ae-sharjah-social-services-department-women': 'Sharjah',
  'be-ecoute-enfants-103': 'Wallonia and Brussels (French)',
  'be-ecoute-violences-conjugales-domestic-violence': 'Wallonia and Brussels (French)',
  'be-hulplijn-1712-helpline-on-violence': 'Flanders and Brussels (Dutch)',
  'be-awel-helpline-for-children-and': 'Flanders and Brussels (Dutch)',
  'bo-defensoria-de-la-ninez-y': 'La Paz',
  'cd-police-nationale-congolaise-kinshasa-emergency': 'Kinshasa',
  'cd-police-numero-vert-112': 'Kinshasa',
  'ch-opferberatung-zurich-24-7-line': 'Canton of Zurich',
  'iq-krg-general-directorate-of-combating': 'Kurdistan Region',
  'iq-kurdistan-region-child-helpline-116': 'Kurdistan Region',
  'la-ambulance-ems-1195': 'Vientiane Capital',
  'sa-unified-emergency-number-911': 'Riyadh, Makkah, Madinah and Eastern Province',
  'so-nofyl-gbv-complaint-hotline': 'Gedo region',
  'so-gredo-save-the-children-gaashaan': 'Baidoa',
  'so-nagaad-network-women-s-situation': 'Somaliland',
  'zw-zrp-emergency-response-centre': 'Harare and Bulawayo',
};

/** Whether a line whose WhatsApp number is also its phone takes voice calls, per its sources. */
export const CALL_BY_ID: Readonly<Record<string, boolean>> = {
  // Shamsaha: a crisis helpline; "texts are also accepted via WhatsApp or SMS" (GDN via Zawya).
  'bh-shamsaha-24-hour-crisis-helpline': true,
  'bh-shamsaha-24-hour-crisis-helpline-0901': true,
  // "takes calls from mobiles, SMS, WhatsApp and Messenger" (the entry's sources).
  'cu-linea-de-apoyo-a-personas': true,
  // "the source does not say the number takes voice calls".
  'tg-chatbot-akofa-whatsapp-sos': false,
};

/** Short notes a person needs, written by hand from the seed's notes. */
export const NOTE_BY_ID: Readonly<Record<string, string>> = {
  'tg-chatbot-akofa-whatsapp-sos':
    'An automatic WhatsApp chat: send the word SOS. It does not take calls.',
  'hk-immigration-department-assistance-to-hong':
    'From outside Hong Kong, call or WhatsApp +852 1868.',
  'ec-1800-delito-ministerio-del-interior': 'For violence at home, choose option 5.',
  'at-polizei-notruf-133':
    'People who are deaf or hard of hearing can send a text message to 0800 133 133.',
  'ua-single-emergency-number-112':
    'If you are deaf or cannot speak, send a text message to 112 to get a sign-language video link.',
  'lt-emergency-number-112':
    'If you cannot speak, you can send a text message to 112, in Lithuanian.',
  'lu-police-emergency-number-113':
    'You can also text 113: write your name, the address and what is happening.',
  'qa-ministry-of-labour-hotline-16008':
    'You can also send a text message to 92727: type 5, a space and your QID or visa number.',
};

/** Lines whose text route needs a format a pre-filled message would break; the note says how. */
export const NO_SMS_IDS: ReadonlySet<string> = new Set(['qa-ministry-of-labour-hotline-16008']);
