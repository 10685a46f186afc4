/**
 * The English words an editor's reading of a change leans on, by token norm (lower case,
 * American spelling). Short closed lists: a missing word makes a change read `reworded`
 * instead of something more specific, never a wrong offset.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/**
 * Reporting verbs by form, each mapped to one lemma so "said" and "says" are the same tag.
 *
 * @example
 * REPORTING_VERBS.get('told'); // 'tell'
 */
export const REPORTING_VERBS: ReadonlyMap<string, string> = new Map(
  (
    'say:say,says,said tell:tell,tells,told add:added,adds claim:claimed,claims state:stated,states ' +
    'confirm:confirmed,confirms note:noted,notes explain:explained,explains insist:insisted,insists warn:warned,warns ' +
    'announce:announced,announces underline:underlined,underlines emphasize:emphasized,emphasised,emphasizes,emphasises ' +
    'stress:stressed,stresses argue:argued,argues admit:admitted,admits deny:denied,denies reveal:revealed,reveals ' +
    'report:reported,reports allege:alleged,alleges suggest:suggested,suggests assert:asserted,asserts ' +
    'declare:declared,declares remark:remarked comment:commented continue:continued write:wrote,writes recall:recalled ' +
    'concede:conceded acknowledge:acknowledged maintain:maintained reiterate:reiterated reply:replied respond:responded ' +
    'answer:answered testify:testified mention:mentioned,mentions ask:asked hear:heard accord:according'
  )
    .split(' ')
    .flatMap((entry) => {
      const [lemma, forms] = entry.split(':') as [string, string];
      return forms.split(',').map((form): [string, string] => [form, lemma]);
    }),
);

/** Lemmas that tag speech wherever they stand; the others only before "that", a punctuation mark or the sentence's end. */
export const ALWAYS_REPORTING: ReadonlySet<string> = words('say tell accord');

/** "heard" tags speech only for a court or an inquest ("the jury heard"). */
export const HEARING_SUBJECTS: ReadonlySet<string> = words('court jury inquest tribunal hearing magistrates judge committee mps');

/** Words a speaker's name never reaches past, scanning back from the verb. */
export const SUBJECT_BOUNDARY: ReadonlySet<string> = words(
  'that which who whom whose and but or as while when where because if so then although though after before since until than whether what how why',
);

/** Words that start the reported clause after "told" ("told reporters he would"), so the listener ends before them. */
export const OBJECT_BOUNDARY: ReadonlySet<string> = words(
  'that how what why when where whether who he she they it we i you his her their its there this these those about of',
);

/** Titles and roles that belong to a name ("Mr Smith", "spokesman Tomas Ek", "Prime Minister Keir Starmer"). */
export const TITLE_WORDS: ReadonlySet<string> = words(
  'mr mrs ms miss dr sir dame lord lady president minister prime secretary chancellor spokesman spokeswoman spokesperson ' +
  'judge justice detective inspector sergeant constable officer chief general gen colonel col captain professor prof rev ' +
  'senator sen governor gov mayor king queen prince princess envoy ambassador leader councillor councilor chairman ' +
  'chairwoman director executive deputy',
);

/** Lower-case words allowed inside a name between capitalised ones ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS: ReadonlySet<string> = words('of de van von der al bin da di du la le');

/** Words that are the head of a date on their own. */
export const DATE_HEADS: ReadonlySet<string> = words(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow overnight ' +
  'january february march april june july august september october november december sept',
);

/** Month abbreviations and "May": a date only when written with a capital next to a day or year number. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = words('may jan feb mar apr jun jul aug sep oct nov dec');

/** Words that make a date only after "last", "this", "next" or a day ("last week", "Monday night"). */
export const RELATIVE_DATE_HEADS: ReadonlySet<string> = words('week month year weekend morning afternoon evening night');

/** Words that open a relative date ("last week", "earlier this year"). */
export const RELATIVE_DATE_OPENERS: ReadonlySet<string> = words('last this next earlier later yesterday tomorrow');

/** Words joined to a date before its head ("on Monday", "since March", "earlier this year"). */
export const DATE_LEADS: ReadonlySet<string> = words('on last this next earlier later early late since until by in');

/** Magnitude words and suffixes: "5m", "5 million" and "5,000,000" are one figure. */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
]);

/** Number words, so "five" and "5" are one figure. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen'
  )
    .split(' ')
    .map((word, value): [string, number] => [word, value])
    .concat('twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, k): [string, number] => [word, (k + 2) * 10]))
    .concat([['dozen', 12]]),
);

/** Units that go with a figure and are shown with it ("25 per cent", "26-year-old", "£5 million"). */
export const FIGURE_UNITS: ReadonlySet<string> = words(
  'percent year years old month months week weeks day days hour hours minute minutes second seconds mile miles km ' +
  'kilometer kilometers meter meters feet foot ft kg kilogram kilograms tonne tonnes ton tons pound pounds dollar ' +
  'dollars euro euros pence p mph points point degrees stone lb lbs',
);

/** Words too slight to report as a change on their own: "a" for "the", a dropped "that", "has apologised" for "apologised". */
export const SLIGHT_WORDS: ReadonlySet<string> = words('a an the that has have had');

/** Currency signs written before a figure (METER's wire copy writes £ as #). */
export const CURRENCY_SIGNS = '£$€¥#';
