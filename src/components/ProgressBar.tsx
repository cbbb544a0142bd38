/** A progress bar: the native role and values for assistive technology, the fill drawn by CSS. */
interface Props {
  value: number;
  max: number;
  /** The bar's name: a visible label's id (preferred) or a text. */
  labelledBy?: string;
  label?: string;
  valueText?: string;
}

export default function ProgressBar({ value, max, labelledBy, label, valueText }: Props) {
  const pct = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <div
      class="progress-bar"
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      {/* No style attribute in the server HTML: the CSP refuses inline style attributes. */}
      <span style={pct > 0 ? { width: `${pct}%` } : undefined} />
    </div>
  );
}
