import { useId } from 'react';
import type { PrintLanguage } from '../store/ui-slice';

const PRINT_LANGUAGES: readonly PrintLanguage[] = ['th', 'en', 'both'];

/** The radio buttons choosing a printed document's language. */
export function PrintLanguageRadios(props: { legend: string; label: (l: PrintLanguage) => string; value: PrintLanguage; onChange: (l: PrintLanguage) => void }) {
  const name = useId();
  return (
    <fieldset className="print-radios">
      <legend>{props.legend}</legend>
      {PRINT_LANGUAGES.map((l) => (
        <label key={l}>
          <input type="radio" name={name} value={l} checked={props.value === l} onChange={() => props.onChange(l)} /> {props.label(l)}
        </label>
      ))}
    </fieldset>
  );
}
