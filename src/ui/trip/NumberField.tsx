import { useId, useState } from 'react';

/**
 * A number input that only hands on valid values (whole numbers in range by default) and says
 * what it expects while the text is not one.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  invalidText,
  describedBy,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  invalidText: string;
  describedBy?: string;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // A value changed elsewhere (the slider, a reopened trip) replaces the text.
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max && (step !== 1 || Number.isInteger(parsed));
  return (
    <div className="trip-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={!valid}
        aria-describedby={[valid ? null : `${id}-error`, describedBy].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && n >= min && n <= max && (step !== 1 || Number.isInteger(n))) {
            setShown(n);
            onChange(n);
          }
        }}
      />
      {!valid && (
        <p id={`${id}-error`} className="trip-field__error">
          {invalidText}
        </p>
      )}
    </div>
  );
}
