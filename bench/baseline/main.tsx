// The benchmark's baseline: what most teams would build. The same debate, the same spanning tree
// and the same layout as Crux's map (layoutMapAuto), drawn as one HTML card per claim with React Flow at its
// default settings. Only for `npm run bench:client`; never shipped.
import { Background, Controls, type Edge, type Node, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { buildMap } from '../../src/domain/build-map';
import { layoutMapAuto } from '../../src/domain/compact-layout';
import { buildGraph } from '../../src/domain/graph';
import type { Claim, Relation } from '../../src/domain/model';

const LAYOUT = { nodeWidth: 240, nodeHeight: 148, gapX: 28, gapY: 64 };

interface MapPayload {
  claims: Claim[];
  relations: Relation[];
}

function BaselineMap({ data }: { data: MapPayload }) {
  const { nodes, edges } = useMemo(() => {
    const layout = layoutMapAuto(buildMap(buildGraph(data.claims, data.relations)), LAYOUT);
    const nodes: Node[] = layout.nodes.map((n) => ({
      id: n.id,
      position: { x: n.x, y: n.y },
      data: { label: n.node.claim?.text ?? '' },
      style: { width: LAYOUT.nodeWidth, height: LAYOUT.nodeHeight, fontSize: 12 },
    }));
    const edges: Edge[] = layout.edges.map((e) => ({
      id: e.id,
      source: e.to,
      target: e.from,
      style: {
        stroke: e.relation.kind === 'supports' ? '#15803d' : '#b91c1c',
        strokeDasharray: e.relation.kind === 'attacks' ? '6 4' : undefined,
      },
    }));
    return { nodes, edges };
  }, [data]);
  return (
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      minZoom={0.02}
      fitView
      aria-label="Baseline map"
    >
      <Background />
      <Controls />
    </ReactFlow>
  );
}

function App() {
  const [data, setData] = useState<MapPayload | null>(null);
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('debate') ?? '';
    fetch(`/api/debates/${encodeURIComponent(id)}`)
      .then((r) => r.json())
      .then((body: { debate: MapPayload }) => setData(body.debate));
  }, []);
  return data ? <BaselineMap data={data} /> : <p>Loading…</p>;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
