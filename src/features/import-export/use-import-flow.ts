// The import dialog's steps: choose a file → read it and send it for a preview (with progress) →
// the preview, where nothing is saved yet → Import saves it → done. Any refusal returns to the
// chooser with the server's message (and the line or JSON path of a refused file), keeping the
// file so a different format can be tried without choosing it again.
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { type ImportProblem, importProblemOf, useImportDebate } from '../../api/import-debate';
import type { Imported, ImportPreview } from '../../domain/formats/preview';
import { type FormatName, MAX_IMPORT_BYTES } from '../../domain/formats/types';
import { readFileText } from './read-file';

export interface ChosenFile {
  name: string;
  text: string;
}

export type ImportStage =
  | { step: 'choose' }
  | { step: 'working'; phase: 'reading' | 'checking' | 'saving'; loaded: number; total: number }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'done'; imported: Imported };

export interface ImportFailure {
  message: string;
  problem: ImportProblem | null;
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function failureOf(error: unknown): ImportFailure {
  if (isApiError(error)) return { message: error.message, problem: importProblemOf(error) };
  return { message: error instanceof Error ? error.message : String(error), problem: null };
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function useImportFlow() {
  const api = useImportDebate();
  const [stage, setStage] = useState<ImportStage>({ step: 'choose' });
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [format, setFormat] = useState<FormatName | null>(null);
  const file = useRef<ChosenFile | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setFailure(null);
    return controller.signal;
  };
  const progress = (phase: 'reading' | 'checking' | 'saving') => (loaded: number, total: number) =>
    setStage({ step: 'working', phase, loaded, total });
  const fail = (error: unknown) => {
    if (isAbort(error)) return;
    setFailure(failureOf(error));
    setStage({ step: 'choose' });
  };

  const check = async (chosen: ChosenFile, signal: AbortSignal, asFormat: FormatName | null) => {
    progress('checking')(0, chosen.text.length);
    const preview = await api.preview(
      { text: chosen.text, filename: chosen.name, format: asFormat ?? undefined },
      { onProgress: progress('checking'), signal },
    );
    if (!signal.aborted) setStage({ step: 'preview', preview });
  };

  const choose = async (chosen: File) => {
    const signal = start();
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFailure({
        message: `${chosen.name} is ${megabytes(chosen.size)}; imports are limited to ${megabytes(MAX_IMPORT_BYTES)}. Split it, or import the debate in parts.`,
        problem: null,
      });
      return;
    }
    try {
      progress('reading')(0, chosen.size);
      const text = await readFileText(chosen, progress('reading'), signal);
      file.current = { name: chosen.name, text };
      await check(file.current, signal, format);
    } catch (error) {
      fail(error);
    }
  };

  /** The same file again, say with another format chosen after a refusal. */
  const retry = async () => {
    if (!file.current) return;
    const signal = start();
    try {
      await check(file.current, signal, format);
    } catch (error) {
      fail(error);
    }
  };

  const save = async (id: string) => {
    const chosen = file.current;
    if (stage.step !== 'preview' || !chosen) return;
    const signal = start();
    const asFormat = stage.preview.format;
    try {
      progress('saving')(0, chosen.text.length);
      const imported = await api.save(
        { text: chosen.text, filename: chosen.name, format: asFormat, id },
        { onProgress: progress('saving'), signal },
      );
      setStage({ step: 'done', imported });
    } catch (error) {
      fail(error);
    }
  };

  /** Stops reading or sending and goes back to the chooser; nothing has been saved. */
  const cancel = () => {
    running.current?.abort();
    setStage({ step: 'choose' });
  };

  return {
    stage,
    failure,
    format,
    formatChosen: setFormat,
    fileName: file.current?.name ?? null,
    choose,
    retry,
    save,
    cancel,
  };
}
