import { compare, createCompare, DEFAULT_SCORER } from '../src/index.js';
const W = process.env.W!, P = process.env.P!;
for (const [name, r] of [['ctx', compare([{ text: W }, { text: P }])], ['none', createCompare(DEFAULT_SCORER, { context: null })([{ text: W }, { text: P }])]] as const) {
  console.log(name);
  for (const m of r.matches) console.log(`  ${m.kind} ${m.score} ${m.context ?? ''} | ${m.sides[0].sentences.map((i) => W.slice(r.documents[0]!.sentences[i]!.start, r.documents[0]!.sentences[i]!.end)).join(' ')} || ${m.sides[1].sentences.map((i) => P.slice(r.documents[1]!.sentences[i]!.start, r.documents[1]!.sentences[i]!.end)).join(' ')}`);
}
