// A synthetic AIFdb nodeset shaped like a transcribed debate (the Moral Maze, US2016): each turn
// is a locution by one of eight speakers that asserts one proposition (L → YA → I), which
// supports or attacks an earlier one (RA/CA), follows the previous locution (TA), and now and
// then carries an Arguing illocution on its inference (TA → YA → RA) or a second premise.
// Deterministic for a seed, so the benchmark measures the same file every run.

const WORDS = (
  'public services council tax libraries buses schools hospitals budget funding residents ' +
  'community volunteers state market choice fairness evidence cost risk growth housing rent ' +
  'parking traffic pollution jobs wages training skills health care elderly children parents ' +
  'police safety crime courts prisons welfare benefits pensions savings debt interest reform'
).split(' ');
const SPEAKERS = ['Paxman', 'Buxton', 'Taylor', 'Phillips', 'Portillo', 'Sacks', 'Ali', 'Okafor'];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export interface GeneratedNodeset {
  nodes: {
    nodeID: string;
    text: string;
    type: string;
    timestamp?: string;
    scheme?: string;
    schemeID?: string;
  }[];
  edges: { edgeID: string; fromID: string; toID: string; formEdgeID: null }[];
  locutions: { nodeID: string; personID: string; timestamp: string }[];
  participants: { participantID: string; firstname: string; surname: string }[];
}

export function generateAifNodeset(targetNodes: number, seed = 1): GeneratedNodeset {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const out: GeneratedNodeset = {
    nodes: [],
    edges: [],
    locutions: [],
    participants: SPEAKERS.map((name, i) => ({
      participantID: String(i + 1),
      firstname: name,
      surname: '',
    })),
  };
  let id = 1;
  const node = (type: string, text: string, extra: object = {}) => {
    const nodeID = String(id++);
    out.nodes.push({ nodeID, text, type, ...extra });
    return nodeID;
  };
  const edge = (fromID: string, toID: string) =>
    out.edges.push({ edgeID: String(out.edges.length + 1), fromID, toID, formEdgeID: null });
  const propositions: string[] = [];
  let previousL: string | null = null;
  let previousS: string | null = null;
  for (let turn = 0; out.nodes.length < targetNodes; turn++) {
    const speaker = Math.floor(next() * SPEAKERS.length);
    const words = Array.from({ length: 6 + Math.floor(next() * 10) }, () => pick(WORDS));
    const proposition = `${words.join(' ')} (${turn})`;
    const time = new Date(Date.UTC(2016, 9, 9, 21, 0, turn))
      .toISOString()
      .replace('T', ' ')
      .slice(0, 19);
    const l = node('L', `${SPEAKERS[speaker]} : Well, I would say ${proposition}, frankly.`, {
      timestamp: time,
    });
    out.locutions.push({ nodeID: l, personID: String(speaker + 1), timestamp: time });
    const i = node('I', proposition);
    const ya = node('YA', 'Asserting', { scheme: 'Asserting', schemeID: '74' });
    edge(l, ya);
    edge(ya, i);
    if (propositions.length > 0) {
      if (previousS && turn % 10 === 0) {
        edge(i, previousS); // a second premise for the last inference
      } else {
        const attack = next() < 0.4;
        const s = attack
          ? node('CA', 'Default Conflict', { scheme: 'Default Conflict', schemeID: '71' })
          : node('RA', 'Default Inference', { scheme: 'Default Inference', schemeID: '72' });
        edge(i, s);
        edge(s, pick(propositions));
        previousS = s;
      }
    }
    if (previousL) {
      const ta = node('TA', 'Default Transition', { scheme: 'Default Transition', schemeID: '82' });
      edge(previousL, ta);
      edge(ta, l);
      if (turn % 4 === 0 && previousS) {
        const arguing = node('YA', 'Arguing', { scheme: 'Arguing', schemeID: '80' });
        edge(ta, arguing);
        edge(arguing, previousS);
      }
    }
    propositions.push(i);
    previousL = l;
  }
  return out;
}
