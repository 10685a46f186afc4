/**
 * British -> American spellings for words news copy actually uses, so that wire copy and a
 * rewrite in the other variety compare equal. A listed set rather than blanket rules: "-our"
 * or "-ise" rules would also rewrite "four", "hour", "rise", "promise", "wise".
 */
const OUR_STEMS = [
  'colo', 'hono', 'labo', 'favo', 'neighbo', 'behavio', 'harbo', 'humo', 'rumo', 'vigo', 'flavo',
  'armo', 'endeavo', 'savo', 'valo', 'odo', 'fervo', 'rigo', 'tumo', 'vapo', 'clamo', 'paramo',
  'splendo', 'cando', 'ardo', 'glamo',
];
const OUR_SUFFIXES = ['ur', 'urs', 'ured', 'uring', 'urful', 'urable', 'urably', 'urite', 'urites', 'urhood', 'urer', 'urers', 'urless', 'urist', 'urists'];

const ISE_STEMS = [
  'organ', 'recogn', 'real', 'critic', 'apolog', 'emphas', 'author', 'character', 'legal', 'modern',
  'normal', 'priorit', 'special', 'standard', 'summar', 'symbol', 'util', 'central', 'decentral',
  'capital', 'civil', 'colon', 'commercial', 'computer', 'democrat', 'destabil', 'econom', 'energ',
  'equal', 'final', 'global', 'hospital', 'ideal', 'immun', 'industrial', 'jeopard', 'liberal',
  'maxim', 'memor', 'minim', 'mobil', 'moral', 'national', 'neutral', 'optim', 'penal', 'polar',
  'popular', 'privat', 'radical', 'rational', 'reorgan', 'stabil', 'steril', 'subsid', 'sympath',
  'synchron', 'terror', 'vandal', 'visual', 'weapon', 'militar', 'islam', 'demoral', 'marginal',
  'legitim', 'mechan', 'categor', 'patron', 'agon', 'antagon', 'scrutin', 'harmon', 'fertil',
  'monopol', 'politic', 'public', 'sanit', 'tranquil', 'initial', 'digit', 'human',
  'crystal', 'dramat', 'galvan', 'hypothes', 'item', 'material', 'mesmer', 'ostrac', 'trivial',
  'urban', 'victim', 'vocal', 'western', 'general', 'international', 'personal', 'revolution',
  'scandal', 'fantas', 'plagiar', 'demon', 'sensit', 'motor', 'familiar', 'formal', 'canon', 'satir',
  'traumat', 'stigmat', 'hospital', 'proselyt', 'evangel', 'sermon', 'tender',
];
const ISE_SUFFIXES = ['ise', 'ised', 'ises', 'ising', 'isation', 'isations', 'iser', 'isers', 'isable'];
const YSE_STEMS = ['anal', 'paral', 'catal', 'dial', 'electrol', 'hydrol'];
const YSE_SUFFIXES = ['yse', 'ysed', 'yses', 'ysing', 'yser', 'ysers'];
const RE_STEMS = ['cent', 'met', 'theat', 'lit', 'fib', 'calib', 'spect', 'somb', 'sab', 'lust', 'meag', 'manoeuv'];
const LL_VERBS = [
  'travel', 'cancel', 'label', 'model', 'fuel', 'signal', 'counsel', 'level', 'total', 'channel',
  'dial', 'duel', 'equal', 'marshal', 'pedal', 'quarrel', 'rival', 'shovel', 'tunnel', 'funnel',
  'jewel', 'libel', 'panel', 'parcel', 'pencil', 'snorkel', 'spiral', 'swivel', 'unravel', 'yodel',
];

const SINGLE_WORDS: Array<[string, string]> = [
  ['defence', 'defense'], ['defences', 'defenses'], ['offence', 'offense'], ['offences', 'offenses'],
  ['licence', 'license'], ['licences', 'licenses'], ['pretence', 'pretense'], ['programme', 'program'],
  ['programmes', 'programs'], ['cheque', 'check'], ['cheques', 'checks'], ['grey', 'gray'],
  ['tyre', 'tire'], ['tyres', 'tires'], ['aluminium', 'aluminum'], ['mould', 'mold'], ['plough', 'plow'],
  ['judgement', 'judgment'], ['judgements', 'judgments'], ['ageing', 'aging'], ['kerb', 'curb'],
  ['storey', 'story'], ['storeys', 'stories'], ['jewellery', 'jewelry'], ['marvellous', 'marvelous'],
  ['manoeuvre', 'maneuver'], ['manoeuvres', 'maneuvers'], ['oestrogen', 'estrogen'],
  ['paediatric', 'pediatric'], ['encyclopaedia', 'encyclopedia'], ['foetus', 'fetus'],
  ['diarrhoea', 'diarrhea'], ['anaemia', 'anemia'], ['haemorrhage', 'hemorrhage'],
  ['sceptic', 'skeptic'], ['sceptical', 'skeptical'], ['sceptics', 'skeptics'],
  ['whilst', 'while'], ['amongst', 'among'], ['enrol', 'enroll'], ['fulfil', 'fulfill'],
  ['instil', 'instill'], ['distil', 'distill'], ['catalogue', 'catalog'], ['dialogue', 'dialog'],
  ['analogue', 'analog'], ['gaol', 'jail'], ['pyjamas', 'pajamas'], ['moustache', 'mustache'],
  ['practise', 'practice'], ['practised', 'practiced'], ['practising', 'practicing'],
  ['draughts', 'drafts'], ['learnt', 'learned'], ['spelt', 'spelled'], ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplanes'], ['cosy', 'cozy'], ['enrolment', 'enrollment'], ['instalment', 'installment'],
  ['instalments', 'installments'], ['skilful', 'skillful'], ['wilful', 'willful'], ['fulfilment', 'fulfillment'],
  ['dreamt', 'dreamed'], ['burnt', 'burned'], ['towards', 'toward'], ['afterwards', 'afterward'],
];

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const stem of OUR_STEMS) for (const suffix of OUR_SUFFIXES) map.set(stem + suffix, stem + suffix.slice(1));
  for (const stem of ISE_STEMS) for (const suffix of ISE_SUFFIXES) map.set(stem + suffix, stem + suffix.replace('is', 'iz'));
  for (const stem of YSE_STEMS) for (const suffix of YSE_SUFFIXES) map.set(stem + suffix, stem + suffix.replace('ys', 'yz'));
  for (const stem of RE_STEMS) {
    const us = stem === 'manoeuv' ? 'maneuv' : stem;
    map.set(`${stem}re`, `${us}er`);
    map.set(`${stem}res`, `${us}ers`);
  }
  for (const verb of LL_VERBS) {
    for (const suffix of ['led', 'ling', 'ler', 'lers']) map.set(verb + suffix, verb + suffix.slice(1));
  }
  for (const [uk, us] of SINGLE_WORDS) map.set(uk, us);
  return map;
}

const BRITISH_TO_AMERICAN = build();

/**
 * American spelling of a lower-case English word, or the word itself.
 *
 * @example
 * americanSpelling('organised'); // 'organized'
 */
export function americanSpelling(word: string): string {
  return BRITISH_TO_AMERICAN.get(word) ?? word;
}
