// The map as a standalone SVG document, built from the layout (not by cloning the DOM, which
// holds only the cards on screen): cards with wrapped text, their status, the lines in the same
// colours and dash styles as the page, and an embedded <style> so it renders the same anywhere.
import type { ClaimStatus } from '../../domain/grounded';
import type { MapLayout } from '../../domain/layout';
import type { Id } from '../../domain/model';
import type { Rect } from '../../domain/viewport';
import { edgePath } from './map-edges';
import { capitalise, RELATION_ICON, STATUS_ICON, STATUS_WORD } from './status-words';
import { MAP_LAYOUT_OPTIONS } from './use-map-layout';

export interface SvgExportInput {
  layout: MapLayout;
  statuses: ReadonlyMap<Id, ClaimStatus>;
  /** The map area to export, in map units; the whole map when absent. */
  area?: Rect;
  title: string;
}

const STYLE = `
.edge{fill:none;stroke-width:2}
.edge--supports{stroke:#1a7f37}
.edge--attacks{stroke:#b42318;stroke-dasharray:7 5}
.card{fill:#fff;stroke:#d8dee4}
.bar--root{fill:#475569}.bar--supports{fill:#1a7f37}.bar--attacks{fill:#b42318}
text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#1f2328}
.kind{font-size:11px;font-weight:700;letter-spacing:.03em}
.kind--supports{fill:#1a7f37}.kind--attacks{fill:#b42318}.kind--root{fill:#475569}
.claim{font-size:13px}
.status{font-size:11px;font-weight:700}
.status--in{fill:#1a7f37}.status--out{fill:#b42318}.status--undecided{fill:#9a6700}
`;

const CHARS_PER_LINE = 32;
const MAX_LINES = 5;

/** Greedy word wrap by character count: SVG has no text flow, and export needs no DOM. */
export function wrapText(text: string, perLine = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').slice(0, perLine - 1)}…`;
  return kept;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

export function buildMapSvg({ layout, statuses, area, title }: SvgExportInput): string {
  const { nodeWidth: w, nodeHeight: h } = MAP_LAYOUT_OPTIONS;
  const view = area ?? {
    x: 0,
    y: 0,
    width: Math.max(1, layout.width),
    height: Math.max(1, layout.height),
  };
  const pad = 16;
  const parts: string[] = [];
  for (const edge of layout.edges) {
    const box = {
      x: Math.min(edge.x1, edge.x2),
      y: Math.min(edge.y1, edge.y2),
      width: Math.abs(edge.x1 - edge.x2) + 1,
      height: Math.abs(edge.y1 - edge.y2) + 1,
    };
    if (!overlaps(box, view)) continue;
    parts.push(`<path class="edge edge--${edge.relation.kind}" d="${edgePath(edge)}"/>`);
  }
  for (const laid of layout.nodes) {
    const claim = laid.node.claim;
    if (!claim || !overlaps({ x: laid.x, y: laid.y, width: w, height: h }, view)) continue;
    const kind = laid.node.relation?.kind ?? 'root';
    const kindText = laid.node.relation
      ? `${RELATION_ICON[laid.node.relation.kind]} ${capitalise(laid.node.relation.kind)}`
      : 'Main claim';
    const status = statuses.get(claim.id);
    const lines = wrapText(claim.text)
      .map(
        (line, i) =>
          `<tspan x="${laid.x + 14}" y="${laid.y + 38 + i * 17}">${escapeXml(line)}</tspan>`,
      )
      .join('');
    parts.push(
      `<g class="node"><rect class="card" x="${laid.x}" y="${laid.y}" width="${w}" height="${h}" rx="6"/>` +
        `<rect class="bar--${kind}" x="${laid.x}" y="${laid.y}" width="5" height="${h}" rx="2"/>` +
        `<text class="kind kind--${kind}" x="${laid.x + 14}" y="${laid.y + 18}">${escapeXml(kindText.toUpperCase())}</text>` +
        `<text class="claim">${lines}</text>` +
        (status
          ? `<text class="status status--${status.label}" x="${laid.x + 14}" y="${laid.y + h - 12}">${escapeXml(
              `${STATUS_ICON[status.label]} ${STATUS_WORD[status.label]} · +${status.supportCount} −${status.attackCount}`,
            )}</text>`
          : '') +
        '</g>',
    );
  }
  const vb = `${view.x - pad} ${view.y - pad} ${view.width + 2 * pad} ${view.height + 2 * pad}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vb}" width="${Math.ceil(view.width + 2 * pad)}" height="${Math.ceil(view.height + 2 * pad)}">` +
    `<title>${escapeXml(title)}</title><style>${STYLE}</style>` +
    `<rect x="${view.x - pad}" y="${view.y - pad}" width="${view.width + 2 * pad}" height="${view.height + 2 * pad}" fill="#f6f8fa"/>` +
    `${parts.join('')}</svg>`
  );
}
