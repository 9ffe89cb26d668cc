// WordPress comes as REST API JSON or as a WXR export (XML): told apart by the first character.
import type { ImportContext, ImportedDebate } from './types';
import { importWordPressJson } from './wordpress-rest';
import { importWordPressXml } from './wordpress-wxr';

export function importWordPress(text: string, context: ImportContext): ImportedDebate {
  return text.trimStart().startsWith('<')
    ? importWordPressXml(text, context)
    : importWordPressJson(text, context);
}
