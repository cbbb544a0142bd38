/** Print only: room for the supervisor's notes, the agreed actions and the signatures. */
import type { Translate } from '../../model/text.ts';

export default function CoachingSheetNotes({ tr }: { tr: Translate }) {
  return (
    <section class="assess-print-only assess-notes" aria-labelledby="assess-notes-title">
      <h3 id="assess-notes-title">{tr('assess.sheet.notes')}</h3>
      <div class="assess-lines">
        <span />
        <span />
        <span />
        <span />
      </div>
      <h3>{tr('assess.sheet.actions')}</h3>
      <table class="assess-actions-table">
        <thead>
          <tr>
            <th scope="col">{tr('assess.sheet.action')}</th>
            <th scope="col">{tr('assess.sheet.owner')}</th>
            <th scope="col">{tr('assess.sheet.due')}</th>
          </tr>
        </thead>
        <tbody>
          {[1, 2, 3].map((n) => (
            <tr key={n}>
              <td>{n}.</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p class="assess-sign">{tr('assess.sheet.sign')}</p>
    </section>
  );
}
