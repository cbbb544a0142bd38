/** The problems that stopped a save, listed at the top of the form; each links to its field. */
import type { Problem } from '../model/result.ts';

/** Shown with role="alert" so a screen reader hears why nothing was saved. */
export function Problems({
  problems,
  title,
  fieldId,
}: {
  problems: Problem[];
  title: string;
  fieldId: (field: string) => string;
}) {
  if (problems.length === 0) return null;
  return (
    <div class="tool-problems" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}:${p.message}`}>
            <a href={`#${fieldId(p.field)}`}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
