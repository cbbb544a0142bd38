/**
 * Build time only: Simplified text for the few strings a Traditional page shows in Simplified (the switcher's
 * label, the offer on the home page), through the same table as the edition.
 */
import { createConverter, loadTerms } from './convert.ts';

let convert: ((text: string) => string) | undefined;

/** `text` as the Simplified edition writes it. */
export function hansText(text: string): string {
  convert ??= createConverter(loadTerms(process.cwd()).table);
  return convert(text);
}
