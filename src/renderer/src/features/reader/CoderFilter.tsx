/** Whose highlights the reader shows, when an article holds more than one coder's: each coder a toggle in their colour. */
export function CoderFilter({ coders, hidden, name, colour, onToggle }: {
  coders: readonly string[];
  hidden: ReadonlySet<string>;
  name: (coder: string) => string;
  colour: (coder: string) => string;
  onToggle: (coder: string) => void;
}) {
  return (
    <div className="coder-filter" role="group" aria-label="Coders shown">
      <span className="coder-filter__label">Coders:</span>
      {coders.map((coder) => (
        <button key={coder} type="button" className="coder-filter__coder" aria-pressed={!hidden.has(coder)} onClick={() => onToggle(coder)}>
          <span className="coder-filter__swatch" style={{ background: colour(coder) }} aria-hidden />
          {name(coder)}
        </button>
      ))}
    </div>
  );
}
