// "Export": the map as SVG or PNG, either what is on screen or the whole map.
import { type KeyboardEvent, useState } from 'react';
import type { ClaimStatus } from '../../domain/grounded';
import type { MapLayout } from '../../domain/layout';
import type { Id } from '../../domain/model';
import type { Rect } from '../../domain/viewport';
import { downloadFile } from '../../ui/download-file';

export interface ExportMenuProps {
  layout: MapLayout;
  statuses: ReadonlyMap<Id, ClaimStatus>;
  /** The map area on screen, or null when the screen is not measured. */
  shownArea: Rect | null;
  title: string;
  fileStem: string;
}

type Choice = { format: 'svg' | 'png'; scope: 'shown' | 'whole'; label: string };
const CHOICES: Choice[] = [
  { format: 'svg', scope: 'shown', label: 'SVG — what is shown' },
  { format: 'svg', scope: 'whole', label: 'SVG — the whole map' },
  { format: 'png', scope: 'shown', label: 'PNG — what is shown' },
  { format: 'png', scope: 'whole', label: 'PNG — the whole map' },
];

export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const run = async ({ format, scope }: Choice) => {
    setOpen(false);
    const area = scope === 'shown' ? (props.shownArea ?? undefined) : undefined;
    // Fetched on first use: a reader who never exports does not download the SVG writer.
    const [{ buildMapSvg }, { pngFromSvg, svgBlob }] = await Promise.all([
      import('./map-export'),
      import('./map-download'),
    ]);
    const svg = buildMapSvg({
      layout: props.layout,
      statuses: props.statuses,
      area,
      title: props.title,
    });
    const name = `${props.fileStem}-${scope === 'shown' ? 'view' : 'map'}`;
    if (format === 'svg') {
      downloadFile(svgBlob(svg), `${name}.svg`);
      setNote('SVG saved.');
      return;
    }
    try {
      const { blob, plan } = await pngFromSvg(svg, window.devicePixelRatio || 1);
      downloadFile(blob, `${name}.png`);
      setNote(
        plan.capped
          ? `PNG saved at ${Math.round(plan.scale * 100)}% size: the whole map is larger than a browser can draw at once. Use SVG for full detail.`
          : 'PNG saved.',
      );
    } catch (error) {
      setNote(error instanceof Error ? error.message : 'The PNG could not be made.');
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the menu it wraps.
    <div className="map-export" onKeyDown={onKeyDown}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="map-export-choices"
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open ? (
        <ul id="map-export-choices" className="map-export__choices" aria-label="Export the map">
          {CHOICES.map((choice) => (
            <li key={choice.label}>
              <button type="button" onClick={() => void run(choice)}>
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <output className="map-export__note" aria-live="polite">
        {note}
      </output>
    </div>
  );
}
