// What the map puts in the DOM for one viewport: the cards on screen, and the lines crossing
// it, found through spatial indexes; or, when zoomed out so far that text is unreadable or too
// many cards would show, an "overview" drawn on a canvas with no card in the DOM at all. Either
// way the claims in `keep` (the selected and the keyboard-focused one) stay in the DOM so
// keyboard and screen-reader users never lose their place.
import type { LaidOutEdge, LaidOutNode, MapLayout } from './layout';
import type { Id } from './model';
import type { SpatialIndex } from './spatial-index';
import { type Size, type Viewport, visibleMapRect } from './viewport';

export interface VisibleSetOptions {
  /** Below this scale card text is unreadable: draw the overview instead. */
  overviewBelowScale: number;
  /** More cards than this on screen: draw the overview instead. */
  maxCards: number;
  /** Map units drawn beyond each edge of the screen, so a small pan shows no gap. */
  margin: number;
  /** When the screen is not measured (a hidden pane, a test DOM): show all cards up to this. */
  unmeasuredAll: number;
  /** ... and beyond it, pretend the screen is this big. */
  fallbackSize: Size;
}

export const DEFAULT_VISIBLE_SET_OPTIONS: VisibleSetOptions = {
  overviewBelowScale: 0.45,
  maxCards: 80,
  margin: 48,
  unmeasuredAll: 200,
  fallbackSize: { width: 1280, height: 800 },
};

export interface VisibleSet {
  mode: 'cards' | 'overview';
  /** Cards to put in the DOM, in layout order (keep-ids included). */
  nodes: LaidOutNode[];
  /** Lines to draw as SVG; empty in overview mode (the canvas draws them). */
  edges: LaidOutEdge[];
}

export function visibleSet(
  layout: MapLayout,
  indexes: { nodes: SpatialIndex; edges: SpatialIndex },
  viewport: Viewport,
  size: Size,
  keep: readonly (Id | null)[],
  options: VisibleSetOptions = DEFAULT_VISIBLE_SET_OPTIONS,
): VisibleSet {
  const measured = size.width > 0 && size.height > 0;
  if (!measured && layout.nodes.length <= options.unmeasuredAll) {
    return { mode: 'cards', nodes: layout.nodes, edges: layout.edges };
  }
  const screen = visibleMapRect(viewport, measured ? size : options.fallbackSize);
  const m = options.margin;
  const rect = {
    x: screen.x - m,
    y: screen.y - m,
    width: screen.width + 2 * m,
    height: screen.height + 2 * m,
  };
  const tooFar = viewport.scale < options.overviewBelowScale;
  if (tooFar || indexes.nodes.countUpTo(rect, options.maxCards) > options.maxCards) {
    return { mode: 'overview', nodes: withKept([], layout, keep), edges: [] };
  }
  const nodes = indexes.nodes.query(rect).map((i) => layout.nodes[i] as LaidOutNode);
  const edges = indexes.edges.query(rect).map((i) => layout.edges[i] as LaidOutEdge);
  return { mode: 'cards', nodes: withKept(nodes, layout, keep), edges };
}

function withKept(
  nodes: LaidOutNode[],
  layout: MapLayout,
  keep: readonly (Id | null)[],
): LaidOutNode[] {
  const extra: LaidOutNode[] = [];
  for (const id of keep) {
    const laid = id === null ? undefined : layout.positions.get(id);
    if (laid && !nodes.includes(laid) && !extra.includes(laid)) extra.push(laid);
  }
  return extra.length === 0 ? nodes : [...nodes, ...extra];
}
