/**
 * Abbreviation knowledge for the sentence scanner. Titles never end a sentence; company
 * suffixes, acronyms and initials end one only when a typical sentence opener follows
 * ("... Acme Inc. The company said"), which keeps "J. K. Rowling" and "U.S. officials" whole.
 */

/**
 * Capitalised abbreviations that (practically) never end a sentence.
 *
 * @example
 * TITLE_ABBREVIATIONS.has('Dr'); // true
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'St', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Adm',
  'Cmdr', 'Brig', 'Cpl', 'Pte', 'Sen', 'Rep', 'Gov', 'Pres', 'Rev', 'Hon', 'Supt', 'Insp', 'Det',
  'Cllr', 'Mt', 'Ft', 'Messrs', 'Mme', 'Mlle', 'Sra', 'Sr', 'Jr', 'Jan', 'Feb', 'Mar', 'Apr',
  'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ave', 'Blvd', 'Rd', 'Gov', 'Atty',
  'Supt', 'Dept', 'Univ', 'Assn', 'Nos', 'Vol', 'Fig', 'Art', 'Sec', 'Ch', 'Op', 'Ref',
]);

/**
 * Abbreviations that never end a sentence, in any case.
 *
 * @example
 * INNER_ABBREVIATIONS.has('e.g'); // true
 */
export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'incl', 'esp', 'viz', 'ca', 'eg', 'ie', 'pp', 'op', 'al',
  'gen', 'sen', 'rep', 'gov', 'st', 'dr', 'mr', 'mrs', 'prof', 'tel', 'ext',
]);

/**
 * Abbreviations that may end a sentence (see the module comment).
 *
 * @example
 * FINAL_ABBREVIATIONS.has('inc'); // true
 */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'llc', 'llp', 'a.m', 'p.m', 'am', 'pm',
  'jr', 'sr', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'n.y', 'l.a', 'ph.d', 'b.a', 'm.a',
  // Russian: year/city, "that is", "etc.", units and money, street and house.
  'г', 'гг', 'т.е', 'т.д', 'т.п', 'т.к', 'т.н', 'им', 'ул', 'д', 'стр', 'см', 'млн', 'млрд',
  'тыс', 'руб', 'долл', 'проф', 'акад', 'ген', 'мин', 'зам', 'пер', 'пр', 'обл', 'р-н',
]);

/**
 * AP-style US state abbreviations, matched with their capital so "ill." and "wash." stay
 * words. They can end a sentence ("... in Portland, Ore."), so they count as final.
 *
 * @example
 * STATE_ABBREVIATIONS.has('Calif'); // true
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
]);

/**
 * "No." before a number (No. 10 Downing Street) is an abbreviation; elsewhere it is a word.
 *
 * @example
 * NUMBER_ABBREVIATIONS.has('No'); // true
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'no', 'Nos', 'nos', 'Nr', 'nr']);

/**
 * Words that typically open a sentence: after "Inc." or "U.S." they mean the sentence ended.
 *
 * @example
 * SENTENCE_OPENERS.has('The'); // true
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'In', 'On', 'At', 'But', 'And',
  'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'After',
  'Before', 'When', 'While', 'However', 'Meanwhile', 'Last', 'Earlier', 'Later', 'According',
  'As', 'If', 'Some', 'Many', 'Most', 'One', 'Two', 'So', 'Yet', 'Also', 'Both', 'For', 'From',
  'With', 'Under', 'Since', 'Despite', 'What', 'Why', 'How', 'Who', 'Where', 'Now', 'Then',
  'Other', 'Another', 'Officials', 'Such', 'No', 'Not', 'All', 'Each', 'Under', 'During', 'Over',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Asked', 'Speaking', 'Shares', 'Police', 'Analysts',
  'Он', 'Она', 'Они', 'Это', 'В', 'На', 'По', 'Как', 'Но', 'И', 'При', 'Также', 'Ранее',
  'Об', 'О', 'Об этом', 'По словам', 'Кроме', 'Однако', 'Между', 'После', 'До', 'Для', 'Мы', 'Я',
  'Эти', 'Этот', 'Эта', 'Их', 'Его', 'Ее', 'Её', 'Так', 'Тем', 'Вместе', 'Сейчас', 'Сегодня',
]);
