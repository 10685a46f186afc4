interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

function readSuffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    // The header line of a rule group (`SFX flag Y count`) has no condition.
    if (kind !== 'SFX' || flag === undefined || strip === undefined || add === undefined || condition === undefined) continue;
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`),
    });
    rules.set(flag, list);
  }
  return rules;
}

/**
 * The inflected forms of each entry of a Hunspell dictionary (the text of its .aff and .dic
 * files) whose affix file has only suffix rules with single-character flags, as
 * dictionary-ru's has: one array per entry, the entry itself first. Written for tests, which
 * need real word forms grouped by lemma; not a Hunspell reader (no prefixes, continuation
 * classes, flag aliases or compounds).
 */
export function readSuffixParadigms(aff: string, dic: string): string[][] {
  const rules = readSuffixRules(aff);
  const paradigms: string[][] = [];
  // The first line of a .dic file is the entry count.
  for (const line of dic.split('\n').slice(1)) {
    const [word, flags = ''] = line.trim().split('/');
    if (word === undefined || word === '') continue;
    const forms = new Set([word]);
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (word.endsWith(rule.strip) && rule.condition.test(word)) forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
      }
    }
    paradigms.push([...forms]);
  }
  return paradigms;
}
