import { answerQuestion, ConversationSchema, type Conversation } from "./src/answer/index.js";
import { loadDataset } from "./src/dataset/store.js";
import { buildKnowledge } from "./src/search/index.js";
import { renderPlain } from "./src/render/index.js";
const k = buildKnowledge(loadDataset("/work/wt-q-engine/data"));
const chains = process.argv.slice(2).join(" ").split(" || ");
for (const chain of chains) {
  let c: Conversation = {};
  console.log("----");
  for (const q of chain.split(" | ")) {
    const r = answerQuestion(q, k, c);
    c = ConversationSchema.parse(JSON.parse(JSON.stringify(r.conversation)));
    console.log(`${q.padEnd(40)} → ${r.intent}/${r.status} ${r.matches.slice(0, 3).map((m) => `${m.unitId}@${m.year}#${m.rank}`).join(",")} | ${renderPlain(r).split("\n")[0]!.slice(0, 90)}`);
  }
}
