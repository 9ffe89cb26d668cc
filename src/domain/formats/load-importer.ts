// importDebate for a process that reads one file and exits (npm run import): only the importer
// the file needs is loaded. Argdown's parser alone is a large share of a cold start, and an AIF
// file has no use for it.
import { formatOf, type ImportOptions, type ImportOutcome, runImport } from './run-import';
import type { FormatName, Importer } from './types';

const LOADERS: Readonly<Record<FormatName, () => Promise<Importer>>> = {
  aif: () => import('./aif-import').then((m) => m.importAif),
  argdown: () => import('./argdown-import').then((m) => m.importArgdown),
  kialo: () => import('./kialo-import').then((m) => m.importKialo),
  wordpress: () => import('./wordpress').then((m) => m.importWordPress),
  crux: () => import('./crux-json').then((m) => m.importCruxJson),
};

/** importDebate (index.ts), loading only the importer of the file's format. */
export async function importDebateLoading(
  text: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const format = formatOf(text, options);
  const importer = format === null ? null : await LOADERS[format]();
  return runImport(text, options, () => {
    if (!importer) throw new Error('runImport asked for an importer of no format.');
    return importer;
  });
}
