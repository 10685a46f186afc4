/**
 * Short function-word lists. Written here rather than taken from natural: its English list
 * holds content words ("like", "make", "way") and its Russian list is sparse and has typos.
 *
 * @example
 * ENGLISH_STOPWORDS.has('the'); // true
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are aren\'t as at be because been before being below ' +
    'between both but by can can\'t cannot could couldn\'t did didn\'t do does doesn\'t doing don\'t down during each ' +
    'either few for from further had hadn\'t has hasn\'t have haven\'t having he he\'d he\'ll he\'s her here hers herself ' +
    'him himself his how i i\'d i\'ll i\'m i\'ve if in into is isn\'t it it\'s its itself just let\'s me more most mustn\'t ' +
    'my myself neither no nor not of off on once only or other ought our ours ourselves out over own same shan\'t she ' +
    'she\'d she\'ll she\'s should shouldn\'t so some such than that that\'s the their theirs them themselves then there ' +
    'there\'s these they they\'d they\'ll they\'re they\'ve this those through to too under until up upon very was ' +
    'wasn\'t we we\'d we\'ll we\'re we\'ve were weren\'t what what\'s when when\'s where where\'s which while who who\'s ' +
    'whom whose why why\'s will with won\'t would wouldn\'t you you\'d you\'ll you\'re you\'ve your yours yourself ' +
    'yourselves also may might must shall via per'
  ).split(' '),
);

/**
 * Russian stopwords flag.
 *
 * @example
 * RUSSIAN_STOPWORDS.has('и'); // true
 */
export const RUSSIAN_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне было вот от ' +
    'меня еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ' +
    'ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего ' +
    'раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы ' +
    'нее неё сейчас были куда зачем всех никогда можно при наконец два другой хоть после над больше тот через эти нас ' +
    'про всего них какая много разве три эту моя впрочем свою этой перед иногда лучше чуть том нельзя такой им более ' +
    'всегда конечно всю между это также который которая которое которые которых оно свой своей своих ко из-за со'
  ).split(' '),
);
